//! What joins units into one run, and what ends it: "and", "of", an ampersand or a comma
//! inside a name (`connectors_after` and its tests: a firm's partners, lists of fields, a
//! campus, two words joined by "and", a firm's initials), a possessive inside a name, a
//! nickname in quotes, a name in angle brackets, and a body's board after its name.

use super::{Finder, Unit, MAX_NAME_UNITS};
use crate::article::EntityKind;
use crate::entities::names::{is_all_caps, is_capitalised};

impl Finder<'_> {
    /// "the Oklahoma Sheriffs' Association Board of Directors", "FSF's Board of Directors": a
    /// body's board after its name or its possessive ("Board of Directors", "of Trustees", "of
    /// Governors", "of Regents") is no part of the body's name, which ends before it
    /// ("National Police Board" stays).
    pub(super) fn governing_board_at(&self, run: &[Unit], k: usize) -> bool {
        // "the X Association Board of ...", "FSF's Board of ...".
        let body = run.last().is_some_and(|u| {
            self.reference.is_org_last(self.word(u.last)) && run.len() >= 2
                || self.tokens.get(u.last).is_some_and(|t| t.possessive)
        });
        body && self.is_board(k)
    }

    /// "Board of Directors", "of Trustees", "of Governors", "of Regents", "of Supervisors"
    /// from token `k`.
    pub(super) fn is_board(&self, k: usize) -> bool {
        self.word(k) == "Board"
            && self.word(k + 1) == "of"
            && matches!(
                self.word(k + 2),
                "Directors" | "Trustees" | "Governors" | "Regents" | "Supervisors"
            )
    }

    /// "Attorney's Office", "Children's Fund", "People's Republic": a possessive inside a
    /// name, before an organisation or place word; "Russia's Foreign Ministry" is two names.
    pub(super) fn possessive_inside(&self, run: &[Unit], last: usize) -> bool {
        let r = self.reference;
        let next = self.word(last + 1);
        // "Murdoch Children's Research Institute", "Women's Health Initiative": a common
        // noun's possessive before words that end in an organisation word.
        let common_owner = r.is_common_word(self.word(last)) && self.org_follows(last + 1);
        // "Stanford University's Center on ...", "the University of Waterloo's Institute for
        // ...": a body's possessive before another body names two.
        let body_of = matches!(run, [head, of, ..] if head.first == head.last
            && r.is_org_first(self.word(head.first))
            && of.connector
            && self.word(of.first) == "of");
        // "Moody's Investors Service Inc": a known name's own possessive ("Moody's") too.
        let owned = |u: &Unit| {
            u.reference
                .and_then(|id| r.known(id))
                .is_some_and(|k| k.name.ends_with("'s"))
        };
        run.last()
            .is_some_and(|u| u.reference.is_none() || owned(u))
            && !body_of
            && !r.is_org_last(self.word(last))
            && self.is_name_token(last + 1)
            && (r.is_org_last(next)
                || r.is_org_first(next)
                || r.is_place_of(next)
                || common_owner
                || run.len() == 1 && self.legal_form_ahead(last + 1))
    }

    /// "Heinl's Nursery Inc", "Dunmore's Garden Centres Ltd": one to three name words from
    /// token `k` on, then a firm's legal form; a founder's possessive (one unknown word)
    /// before them is inside the firm's name ("National Amusements' Arsenal Holdings Inc" is
    /// two firms).
    fn legal_form_ahead(&self, k: usize) -> bool {
        (k + 1..k + 4)
            .take_while(|&j| self.is_name_token(j) && !self.tokens[j - 1].possessive)
            .any(|j| self.reference.is_legal_form(self.word(j)))
    }

    /// Whether "of" may follow the name so far: after "Council", "Secretary", "Republic".
    fn takes_of(&self, word: &str) -> bool {
        let r = self.reference;
        r.is_org_last(word) || r.is_org_first(word) || r.is_place_of(word) || r.is_title_head(word)
    }

    /// "Contractors", "Mills": an ordinary word in the plural, no given name or acronym.
    pub(super) fn is_ordinary_plural(&self, w: &str) -> bool {
        w.len() > 3
            && w.ends_with('s')
            && !w.ends_with("ss")
            && !is_all_caps(w)
            && !self.reference.is_given_name(w)
            && self.caps.is_ordinary(w, self.reference)
    }

    /// Whether the capitalised words from token `k` on end with an organisation word:
    /// "Security Council" after "Peace and".
    fn org_follows(&self, k: usize) -> bool {
        let mut end = k;
        while self.is_name_token(end) && !self.tokens[end].possessive {
            end += 1;
        }
        if self.is_name_token(end) {
            end += 1;
        }
        end > k && self.reference.is_org_last(self.word(end - 1))
    }

    /// Whether the names from token `k` on end in a firm's legal form, within four words
    /// ("Cooke Inc", "Light Co", "Co" alone).
    fn legal_name_follows(&self, k: usize) -> bool {
        let mut end = k;
        while end < k + 4 && self.is_name_token(end) && !self.tokens[end].possessive {
            end += 1;
        }
        end > k && self.reference.is_legal_form(self.word(end - 1))
    }

    /// "B and C's share earnings", "B and C managing director Jane Doe": two capital letters
    /// alone joined by "and" are a firm's initials (wire copy writes "and" for "&", "B and C"
    /// for "British and Commonwealth"), one name, when the second takes a possessive or a
    /// firm's role or a job follows them. Letters that label things ("vitamins C and E",
    /// "between A and B") take neither.
    fn initials_pair(&self, run: &[Unit], k: usize) -> bool {
        let r = self.reference;
        let letter = |i: usize| {
            self.is_word(i) && {
                let w = self.word(i);
                w.len() == 1 && w.bytes().all(|b| b.is_ascii_uppercase())
            }
        };
        let role = |i: usize| {
            self.is_word(i) && {
                let w = self.word(i);
                !is_capitalised(w) && (r.is_org_role(w) || r.is_job(w))
            }
        };
        let [only] = run else {
            return false;
        };
        let possessive = self.tokens.get(k + 1).is_some_and(|t| t.possessive);
        only.first == only.last
            && letter(only.first)
            && !self.tokens[only.first].possessive
            && self.word(k) == "and"
            && letter(k + 1)
            && (possessive || role(k + 2) || self.is_word(k + 2) && role(k + 3))
    }

    /// `Lee “Faker” Sang-hyeok`, `James "Whitey" Bulger`: one capitalised word in quotes
    /// between the words of a personal name is a nickname inside it. Returns the nickname's
    /// unit and the name word after it.
    pub(super) fn nickname_after(&self, run: &[Unit], last: usize) -> Option<(Unit, Unit)> {
        let opens = matches!(self.punct(last + 1), Some('“' | '"' | '‘'));
        let closes = matches!(self.punct(last + 3), Some('”' | '"' | '’'));
        let plain = run
            .iter()
            .all(|u| self.is_single(u) && !self.reference.is_stop(self.word(u.first)));
        let word = self.word(last + 2);
        if !(opens && closes && plain && self.is_name_token(last + 2))
            || self
                .tokens
                .get(last + 1)
                .is_none_or(|t| t.start == self.tokens[last].end)
            || is_all_caps(word)
        {
            return None;
        }
        let next = self.unit_at(last + 4).filter(|u| self.is_single(u))?;
        let nick = Unit {
            first: last + 2,
            last: last + 2,
            reference: None,
            connector: true,
            nickname: true,
        };
        Some((nick, next))
    }

    /// "Morgan, Lewis & Bockius", "Wachtell, Lipton, Rosen & Katz": a firm named after its
    /// partners, single unknown words with commas between them and an ampersand before the
    /// last; `k` is the comma after the first.
    fn partners_after(&self, run: &[Unit], k: usize) -> bool {
        let single = |j: usize| {
            self.is_name_token(j)
                && self.known_at(j).is_none()
                && !self.reference.is_stop(self.word(j))
                && !self.tokens[j].possessive
        };
        if !matches!(run, [u] if self.is_single(u)) || self.punct(k) != Some(',') {
            return false;
        }
        let mut j = k;
        while self.punct(j) == Some(',') && single(j + 1) {
            j += 2;
        }
        j > k && self.punct(j) == Some('&') && self.is_name_token(j + 1)
    }

    /// Whether "firm of" comes right before token `first`: "the brokerage firm of Spear,
    /// Leeds and Kellogg".
    pub(super) fn firm_of_before(&self, first: usize) -> bool {
        let word = |j: Option<usize>| j.filter(|&j| self.is_word(j)).map(|j| self.word(j));
        word(first.checked_sub(1)) == Some("of") && word(first.checked_sub(2)) == Some("firm")
    }

    /// "the brokerage firm of Spear, Leeds and Kellogg": after "firm of", single name words
    /// with commas between them and "and" before the last are one firm named after its
    /// partners, whatever else the words name (Leeds); `k` is a comma or the "and" of that
    /// list.
    fn partners_firm(&self, run: &[Unit], k: usize) -> bool {
        let after_firm = run.first().is_some_and(|u| self.firm_of_before(u.first));
        let single = |j: usize| {
            self.is_name_token(j)
                && !self.tokens[j].possessive
                && !self.reference.is_stop(self.word(j))
        };
        // Single words and commas so far.
        let listed = run.iter().all(|u| {
            u.first == u.last
                && if u.connector {
                    self.punct(u.first) == Some(',')
                } else {
                    single(u.first)
                }
        });
        if !after_firm || !listed {
            return false;
        }
        let mut j = k;
        while self.punct(j) == Some(',') && single(j + 1) {
            j += 2;
        }
        self.is_word(j) && self.word(j) == "and" && single(j + 1) && !self.is_name_token(j + 2)
    }

    /// "<British and Commonwealth Holdings PLC>", "<SHV (United Kingdom) Holding Co Ltd>":
    /// wire copy writes an unlisted company's name in angle brackets, which bound it: the
    /// words after the name's first ones up to the closing bracket, lowercase words ("and",
    /// "of") and brackets among them, are the rest of the name (a name word last). Units for
    /// them, if the run opens right after "<" and the bracket closes within the longest name.
    pub(super) fn bracketed_rest(&self, run: &[Unit], last: usize) -> Option<Vec<Unit>> {
        let first = run.first()?.first;
        if first == 0 || self.punct(first - 1) != Some('<') {
            return None;
        }
        let close = (last + 1..=last + MAX_NAME_UNITS)
            .take_while(|&k| k < self.tokens.len() && self.punct(k) != Some('<'))
            .find(|&k| self.punct(k) == Some('>'))?;
        let inner = last + 1..close;
        let fits = inner.clone().all(|k| {
            self.is_word(k) || matches!(self.punct(k), Some('(' | ')' | ',' | '.' | '&' | '-'))
        });
        let named_end = close > last + 1 && self.is_name_token(close - 1);
        if !(fits && named_end) {
            return None;
        }
        let mut units = Vec::new();
        let mut k = inner.start;
        while k < close {
            let unit = self
                .unit_at(k)
                .filter(|u| u.last < close)
                .unwrap_or_else(|| Unit::connector(k));
            k = unit.last + 1;
            units.push(unit);
        }
        Some(units)
    }

    /// Connector units between the unit ending at `last` and a following name, if any.
    pub(super) fn connectors_after(&self, run: &[Unit], last: usize) -> Option<Vec<Unit>> {
        let k = last + 1;
        let w = self.word(k);
        // "Peace and Security Council", "Bill & Melinda Gates Foundation": "and" inside an
        // organisation's name.
        let and = w == "and" && self.is_word(k) || self.punct(k) == Some('&');
        // "Procter & Gamble", "Standard & Poor's", "Search & Navigation": news writes "and"
        // between two names; an ampersand between two capitalised words no reference data
        // knows is inside one name, a firm's or a team's.
        let ampersand = self.punct(k) == Some('&')
            && run
                .last()
                .is_some_and(|u| self.is_single(u) && !self.reference.is_stop(self.word(u.first)))
            && self.is_name_token(k + 1)
            && !self.reference.is_stop(self.word(k + 1))
            && self.known_at(k + 1).is_none();
        if ampersand
            || self.partners_after(run, k)
            || self.partners_firm(run, k)
            || self.initials_pair(run, k)
        {
            return Some(vec![Unit::connector(k)]);
        }
        if let Some(list) = self.trades_list_after(run, k) {
            return Some(list);
        }
        if and && self.org_follows(k + 1) {
            let words = run
                .iter()
                .filter(|u| !(self.is_single(u) && self.reference.is_stop(self.word(u.first))));
            // "Peace and Security Council", "National Oceanic and Atmospheric Administration":
            // one to three plain words before "and".
            let words: Vec<&Unit> = words.collect();
            let plain = (1..=3).contains(&words.len())
                && words
                    .iter()
                    .all(|u| u.reference.is_none() && u.first == u.last && !u.connector);
            // "Princeton and Yale Law School": one word alone before a written "and" that is
            // no common word is a name of its own, listed with the next.
            let listed = w == "and"
                && matches!(words[..], [only] if {
                    let word = self.word(only.first);
                    !self.reference.is_common_word(word) && !self.caps.seen_lowercase(word)
                });
            // "Castle and Cooke Inc", "Mississippi Power and Light Co", "Lord Abbett and Co":
            // a firm's legal name, whatever its words before "and" are, but a person's
            // ("Sumner Redstone and MCV Holdings Inc" are two).
            let legal = w == "and"
                && (1..=2).contains(&words.len())
                && words.iter().all(|u| {
                    !u.connector
                        && (u.first..=u.last).all(|i| !self.reference.is_given_name(self.word(i)))
                })
                && self.legal_name_follows(k + 1);
            if plain && !listed || legal {
                return Some(vec![Unit::connector(k)]);
            }
        }
        if let Some(list) = self.field_list_after(run, k) {
            return Some(list);
        }
        if self.campus_after(run, k) || self.pair_after(run, k) {
            return Some(vec![Unit::connector(k)]);
        }
        if !self.is_word(k) || is_capitalised(w) {
            return None;
        }
        // "Department of Media and Communications", "Committee on Intelligence and Security":
        // inside a body's subject, "and" between two ordinary words joins them ("Department
        // of Justice and Microsoft" is two names).
        // The subject may be a phrase of its own: "Academy of Motion Picture Arts and
        // Sciences".
        let subject = run
            .iter()
            .rev()
            .skip(1)
            .take(4)
            .find(|u| u.connector && !matches!(self.word(u.first), "," | "the" | "a" | "an"))
            .filter(|u| matches!(self.word(u.first), "of" | "for" | "on"))
            .map(|u| self.word(u.first));
        // After "on" the subject is a field, never a second body: "Center on Poverty and
        // Inequality" takes any common English word ("Microsoft" is none).
        let next = self.word(k + 1);
        let field = subject == Some("on") && self.is_field_word(next) && !self.is_name_token(k + 2);
        let subject_and = w == "and"
            && run.len() >= 3
            && subject.is_some()
            && run.iter().any(|u| {
                !u.connector
                    && (self.reference.is_org_first(self.word(u.first))
                        || self.reference.is_org_last(self.word(u.last)))
            })
            && run.last().is_some_and(|u| u.reference.is_none())
            && self.is_name_token(k + 1)
            && (self.caps.is_ordinary(next, self.reference)
                || field
                || self.is_field_word(next) && !self.is_name_token(k + 2)
                // "Center for Strategic and International Studies": two field words that
                // close the name.
                || self.is_field_word(next)
                    && self.is_name_token(k + 2)
                    && self.is_field_word(self.word(k + 2))
                    && self.known_at(k + 1).is_none()
                    && !self.is_name_token(k + 3));
        if subject_and {
            return Some(vec![Unit::connector(k)]);
        }
        if self.reference.is_particle(w) && self.is_name_token(k + 1) {
            return Some(vec![Unit::connector(k)]);
        }
        // "Ursula von der Leyen", "Rafael de la Cruz": two particles between name words.
        let pair = self.reference.is_particle(w)
            && self.is_word(k + 1)
            && !is_capitalised(self.word(k + 1))
            && self.reference.is_particle(self.word(k + 1))
            && self.is_name_token(k + 2);
        if pair {
            return Some(vec![Unit::connector(k), Unit::connector(k + 1)]);
        }
        // "Mission to the United Nations", "Embassy in Paris" name one body.
        let to_or_in = matches!(w, "to" | "in")
            && matches!(
                self.word(last),
                "Mission" | "Embassy" | "Delegation" | "Consulate"
            )
            // "Royal Commission into the Building Industry", "Inquiry into Child Abuse": an
            // inquiry named for what it looks into.
            || w == "into"
                && matches!(
                    self.word(last),
                    "Commission" | "Inquiry" | "Investigation" | "Review"
                );
        // Inside an organisation's name, "of" may follow any word: "Office for the
        // Coordination of Humanitarian Affairs".
        let inside_org = run.windows(2).any(|pair| {
            let before = self.word(pair[0].last);
            pair[1].connector
                && matches!(self.word(pair[1].first), "of" | "for" | "on")
                && (self.reference.is_org_first(before) || self.reference.is_org_last(before))
        });
        // "Associated General Contractors of Alabama", "United Auto Workers of America": a
        // name of two words or more ending in an ordinary plural for people by what they do
        // is a body of them, and takes "of" and the known place they are from ("White
        // Mountains of Vermont" is a range in a state; "States Members of the United Nations"
        // no body of its own).
        let doers = self.word(last);
        let plural_of = w == "of"
            && run.len() >= 2
            && run.iter().all(|u| !u.connector)
            && self.is_ordinary_plural(doers)
            && ["ers", "ors", "ists"]
                .iter()
                .any(|end| doers.ends_with(end))
            && self.known_at(k + 1).is_some_and(|u| {
                u.reference
                    .and_then(|id| self.reference.known(id))
                    .is_some_and(|k| k.kind == EntityKind::Place)
            });
        // "Council on Foreign Relations", "Committee on Intelligence": a body named for its
        // subject.
        // Not after a known name: "United Nations Conference" is cut from what follows it.
        let on_subject = w == "on"
            && run.iter().all(|u| u.reference.is_none())
            && self.reference.is_generic(self.word(last))
            && self.reference.is_org_last(self.word(last));
        let of = matches!(w, "of" | "for")
            && (self.takes_of(self.word(last)) || inside_org || plural_of)
            || on_subject;
        // "a photo in the New York Times of Malcolm's great grandfather": "of" and a given
        // name's possessive begin what the photo shows, not the name ("Bank of America's"
        // stays one).
        let owner_after = self.is_name_token(k + 1)
            && self.tokens[k + 1].possessive
            && self.known_at(k + 1).is_none()
            && self.reference.is_given_name(self.word(k + 1));
        if (of || to_or_in) && !owner_after {
            if self.is_name_token(k + 1) {
                return Some(vec![Unit::connector(k)]);
            }
            if matches!(self.word(k + 1), "the" | "a" | "an") && self.is_name_token(k + 2) {
                return Some(vec![Unit::connector(k), Unit::connector(k + 1)]);
            }
        }
        None
    }

    /// "Immunology", "Inequality", "Sciences": a common English word, or a word whose ending
    /// makes an abstract noun, as the field a body is named for is.
    fn is_field_word(&self, word: &str) -> bool {
        let r = self.reference;
        if is_all_caps(word) || r.is_given_name(word) || r.lookup(word).is_some() {
            return false;
        }
        let abstract_end = word.chars().count() >= 6
            && [
                "ology", "ity", "ics", "ment", "tion", "sion", "ness", "ence", "ance", "ism",
            ]
            .iter()
            .any(|end| word.ends_with(end));
        r.is_common_word(word) || abstract_end
    }

    /// "American Academy of Allergy, Asthma and Immunology": inside the subject of a body
    /// named "X of ...", a comma opens a list of fields when every item is one field word and
    /// the list ends with "and" (or ", and") and one more, with no name word after it.
    /// Returns the connectors from the comma at `k` to the next item.
    fn field_list_after(&self, run: &[Unit], k: usize) -> Option<Vec<Unit>> {
        if self.punct(k) != Some(',') {
            return None;
        }
        // The run so far: a body's word, then "of", "on" or "for", then field words and the
        // list's commas.
        let at = run
            .iter()
            .rposition(|u| u.connector && self.word(u.first) != ",")?;
        let body = run[..at].iter().any(|u| {
            !u.connector
                && (self.reference.is_org_first(self.word(u.first))
                    || self.reference.is_org_last(self.word(u.last)))
        });
        let fields = run[at + 1..].iter().all(|u| {
            u.connector && self.word(u.first) == ","
                || self.is_single(u) && self.is_field_word(self.word(u.first))
        });
        if !(body && fields && matches!(self.word(run[at].first), "of" | "on" | "for")) {
            return None;
        }
        let item = |j: usize| self.is_name_token(j) && self.is_field_word(self.word(j));
        let mut comma = k;
        for _ in 0..8 {
            let closing = self.word(comma + 1) == "and";
            let next = if closing { comma + 2 } else { comma + 1 };
            if !item(next) {
                return None;
            }
            if closing {
                break;
            }
            if self.punct(next + 1) == Some(',') {
                comma = next + 1;
            } else if self.word(next + 1) == "and" && item(next + 2) {
                break;
            } else {
                return None;
            }
        }
        let mut out = vec![Unit::connector(k)];
        if self.word(k + 1) == "and" {
            out.push(Unit::connector(k + 1));
        }
        Some(out)
    }

    /// "Construction, Forestry, Mining and Energy Union", "Liquor, Hospitality and
    /// Miscellaneous Workers Union": a body named for its members' trades opens with a list of
    /// single words, the first a field word, none a given name or a name reference data
    /// knows, commas between them and "and" (or ", and") before the last, whose words end in
    /// an organisation's word. Returns the connectors from the comma or the "and" at `k` to
    /// the next item.
    fn trades_list_after(&self, run: &[Unit], k: usize) -> Option<Vec<Unit>> {
        let comma = |u: &Unit| u.connector && self.word(u.first) == ",";
        let plain = |w: &str| !(is_all_caps(w) || self.reference.is_given_name(w));
        let listed = run
            .first()
            .is_some_and(|u| self.is_single(u) && self.is_field_word(self.word(u.first)))
            && run
                .iter()
                .all(|u| comma(u) || self.is_single(u) && plain(self.word(u.first)));
        if !listed {
            return None;
        }
        let item =
            |j: usize| self.is_name_token(j) && self.known_at(j).is_none() && plain(self.word(j));
        let and_at = |j: usize| self.is_word(j) && self.word(j) == "and";
        let mut at = k;
        for _ in 0..8 {
            if self.punct(at) == Some(',') && and_at(at + 1) || and_at(at) {
                let last = if and_at(at) { at + 1 } else { at + 2 };
                if !(run.len() >= 3 || at > k) || !self.org_follows(last) {
                    return None;
                }
                let mut out = vec![Unit::connector(k)];
                if self.punct(k) == Some(',') && and_at(k + 1) {
                    out.push(Unit::connector(k + 1));
                }
                return Some(out);
            }
            if self.punct(at) != Some(',') || !item(at + 1) {
                return None;
            }
            at += 2;
        }
        None
    }

    /// "the University of California, Berkeley.": a university named after a state or a
    /// region (no country) and, after a comma, one to three name words that end the clause
    /// is one campus's name; "University of Toronto, Canada" and "University of Michigan,
    /// Ohio State, and ..." (a list) are two names.
    fn campus_after(&self, run: &[Unit], k: usize) -> bool {
        let r = self.reference;
        let [.., university, of, place] = run else {
            return false;
        };
        let region = place
            .reference
            .and_then(|id| r.known(id))
            .is_some_and(|known| known.kind == EntityKind::Place && !known.country);
        if !(self.punct(k) == Some(',')
            && self.is_single(university)
            && self.word(university.first) == "University"
            && of.connector
            && self.word(of.first) == "of"
            && region)
        {
            return false;
        }
        let mut end = k + 1;
        while end - k <= 3 && self.is_name_token(end) {
            let w = self.word(end);
            let country = self
                .known_at(end)
                .and_then(|u| u.reference)
                .and_then(|id| r.known(id));
            if country.is_some_and(|c| c.country)
                || r.is_org_last(w)
                || r.is_org_first(w)
                || r.is_stop(w)
                || is_all_caps(w)
                || self.tokens[end].possessive
            {
                return false;
            }
            end += 1;
        }
        let clause_ends = match self.tokens.get(end) {
            None => true,
            Some(t) if t.word => false,
            Some(_) => match self.punct(end) {
                Some('.' | ';' | ')' | '?' | '!') => true,
                Some(',') => {
                    self.is_word(end + 1)
                        && !is_capitalised(self.word(end + 1))
                        && self.word(end + 1) != "and"
                }
                _ => false,
            },
        };
        end > k + 1 && !self.is_name_token(end) && clause_ends
    }

    /// A plain word: one unknown word that is no demonym, title, stop word or body's word.
    fn plain_word(&self, k: usize) -> bool {
        let r = self.reference;
        let w = self.word(k);
        self.is_name_token(k)
            && self.known_at(k).is_none()
            && !is_all_caps(w)
            && !self.tokens[k].possessive
            && !r.is_demonym(w)
            && !r.is_title_head(w)
            && !r.is_stop(w)
            && !r.is_org_last(w)
    }

    /// "Dumfries and Galloway police", "warnings for Dumfries and Galloway, Argyll and Bute,
    /// and Speyside": two unknown words joined by "and" name one place or body when a
    /// body's noun follows them (police, council) or when the pair is an item of a list
    /// that a comma and a conjunction close later ("Britain and France" are two: a list
    /// of single names closes with the "and" between its last two).
    fn pair_after(&self, run: &[Unit], k: usize) -> bool {
        let [one] = run else {
            return false;
        };
        let opens_list = one.first.checked_sub(1).is_none_or(|b| {
            self.punct(b) == Some(',') || self.is_word(b) && !is_capitalised(self.word(b))
        });
        if !(self.word(k) == "and"
            && self.is_word(k)
            && self.is_single(one)
            && self.plain_word(one.first)
            && self.plain_word(k + 1)
            // "Skye and Lochaber"; "Simon and Jane" are two people.
            && !(self.reference.is_given_name(self.word(one.first))
                && self.reference.is_given_name(self.word(k + 1)))
            && !self.is_name_token(k + 2)
            && opens_list)
        {
            return false;
        }
        if self.is_word(k + 2) && matches!(self.word(k + 2), "police" | "council" | "constabulary")
        {
            return true;
        }
        if self.punct(k + 2) != Some(',') {
            return false;
        }
        // The rest of the clause is a list of names that a comma and a conjunction close.
        let mut closed = false;
        let mut j = k + 3;
        while let Some(t) = self.tokens.get(j) {
            if t.word {
                let w = self.word(j);
                if matches!(w, "and" | "or") {
                    closed |= self.punct(j - 1) == Some(',');
                } else if !self.is_name_token(j) {
                    return false;
                }
            } else if !matches!(self.punct(j), Some(',')) {
                break;
            }
            j += 1;
            if j > k + 60 {
                return false;
            }
        }
        let ends = self
            .tokens
            .get(j)
            .is_none_or(|_| matches!(self.punct(j), Some('.' | ';' | '!' | '?')));
        closed && ends
    }
}
