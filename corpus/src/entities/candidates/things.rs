//! Readings that make a name something other than a person, organisation or place named for
//! its own sake: a term spelled out before it or "called" so, one of a kind after "a" or
//! "an", a brand used as a verb, a beauty pageant, a product's version, an event, a craft's
//! model, a quoted title, a person's degree after a name.

use super::lexicon::{is_storm_word, CRAFT_ROLES, CRAFT_WORDS, MODEL_CRAFT_WORDS};
use super::Finder;
use crate::entities::names::is_capitalised;

impl Finder<'_> {
    /// "Katie Moss, MD, PhD", "Dan Ortiz, RN.": a short word in capitals after a comma that
    /// follows a given name and a surname (a title before them at most), or before a comma
    /// and a known post-nominal, is the person's degree ("Springfield, MO", "New York City,
    /// NY" stay states).
    pub(super) fn degree_after_name(&self, k: usize) -> bool {
        let w = self.word(k);
        if !(2..=4).contains(&w.chars().count()) || !w.chars().all(|c| c.is_ascii_uppercase()) {
            return false;
        }
        let after_name = k >= 3
            && self.punct(k - 1) == Some(',')
            && self.is_word(k - 2)
            && is_capitalised(self.word(k - 2))
            && self.is_word(k - 3)
            && self.reference.is_given_name(self.word(k - 3))
            && self.reference.lookup(self.word(k - 2)).is_none()
            // "New York City, NY": no capitalised word but a title before the given name.
            && !(k >= 4
                && self.is_word(k - 4)
                && is_capitalised(self.word(k - 4))
                && !self.reference.is_title_head(self.word(k - 4)));
        let before_degree = self.punct(k + 1) == Some(',')
            && self.is_word(k + 2)
            && self.reference.is_postnominal(self.word(k + 2));
        after_name || before_degree
    }

    /// "interest on excess reserves (IOER)", "mortgage-backed securities (MBS)": whether the
    /// lowercase words before the bracket at `open` spell `acronym`, its last letter the
    /// last word's, each letter the first letter of a word or of a hyphenated part.
    pub(super) fn spelled_before(&self, open: usize, acronym: &str) -> bool {
        if self.punct(open) != Some('(') {
            return false;
        }
        let letters: Vec<char> = acronym
            .chars()
            .filter(char::is_ascii_alphabetic)
            .map(|c| c.to_ascii_lowercase())
            .collect();
        let n = letters.len();
        if n < 2 {
            return false;
        }
        // The initials of the words before, nearest first, at most twice as many words as
        // letters.
        let mut initials: Vec<char> = Vec::new();
        let mut k = open;
        while let Some(prev) = k.checked_sub(1) {
            if !self.is_word(prev) || is_capitalised(self.word(prev)) || initials.len() >= 2 * n {
                break;
            }
            let parts: Vec<char> = self
                .word(prev)
                .split('-')
                .filter_map(|p| p.chars().next())
                .collect();
            initials.extend(parts.into_iter().rev());
            k = prev;
        }
        // The letters, last first, in order among the initials; the last letter is the
        // last word's.
        if initials.first() != letters.last() {
            return false;
        }
        let mut want = letters.iter().rev().peekable();
        for c in &initials {
            if want.peek() == Some(&c) {
                want.next();
            }
        }
        want.peek().is_none()
    }

    /// "a toxic chemical, known as DNP", "a protein called TRK": an acronym that names a
    /// thing a lowercase noun (no body's or place's noun: "a militia known as X") says,
    /// with no "the" before it, is a term.
    pub(super) fn term_called(&self, at: usize) -> bool {
        let word = |k: usize| self.is_word(k).then(|| self.word(k));
        let before = match (
            at.checked_sub(2).and_then(word),
            at.checked_sub(1).and_then(word),
        ) {
            (Some("known"), Some("as")) => at.checked_sub(3),
            (_, Some("called")) => at.checked_sub(2),
            _ => None,
        };
        let Some(mut k) = before else {
            return false;
        };
        if self.punct(k) == Some(',') {
            let Some(prev) = k.checked_sub(1) else {
                return false;
            };
            k = prev;
        }
        word(k).is_some_and(|noun| {
            !is_capitalised(noun) && noun != "the" && self.reference.appositive(noun).is_none()
        })
    }

    /// How many lowercase words stand between a name starting at `first` and an "a" or "an"
    /// before it (at most two, no comma, no stop word between: "an outbreak of X" says the
    /// article is another noun's), if one does.
    fn indefinite_article_before(&self, first: usize) -> Option<usize> {
        self.lowercase_words_before(first)
            .take(3)
            .take_while(|&(_, w, comma)| {
                !comma && (matches!(w, "a" | "an") || !self.reference.is_stop(w))
            })
            .position(|(_, w, _)| matches!(w, "a" | "an"))
    }

    /// "won an Oscar.", "a posthumous Oscar in 2009", "costs as much as a used Ford Focus.":
    /// a name after "a" or "an" (one or two lowercase words between at most) that no
    /// lowercase word, comma or hyphen follows is one of a kind of things (a car, an award,
    /// a member of a family), not the one named; "a Google search" and "an Omaha, Nebraska,
    /// man" are other readings.
    pub(super) fn indefinite(&self, first: usize, last: usize) -> bool {
        let article = self.indefinite_article_before(first);
        let next = last + 1;
        let open_after = if self.is_word(next) {
            !self.word(next).starts_with(char::is_lowercase)
        } else {
            !matches!(self.punct(next), Some(',' | '-' | '–' | '\'' | '’'))
        };
        article.is_some() && open_after
    }

    /// "an airborne White House,", "bought an Apple.": a known organisation after "a" or
    /// "an" (two lowercase words between at most) that no lowercase word, slash, hyphen or
    /// possessive follows is a likeness or a thing of its kind, not the body itself ("a
    /// Google search", "a CNN/ORC poll", "an ABC, CBS or NBC affiliate" stay: a comma right
    /// after the name lists bodies).
    pub(super) fn indefinite_known(&self, first: usize, last: usize) -> bool {
        let between = self.indefinite_article_before(first);
        let next = last + 1;
        let open_after = if self.is_word(next) {
            !self.word(next).starts_with(char::is_lowercase)
        } else {
            match self.punct(next) {
                Some(',') => between.is_some_and(|b| b > 0),
                Some('-' | '–' | '/' | '\'' | '’' | '&') => false,
                _ => true,
            }
        };
        let possessive = self.tokens.get(last).is_some_and(|t| t.possessive);
        between.is_some() && open_after && !possessive
    }

    /// "she needed to Google the words", "want to Uber home": a one-word name right after
    /// "to" that a verb of wanting, needing or trying opens, with an object or a lowercase
    /// word after it, is a brand used as a verb, not the firm.
    pub(super) fn brand_as_verb(&self, first: usize, last: usize) -> bool {
        let opens = first.checked_sub(2).is_some_and(|k| {
            self.is_word(k)
                && self.word(k + 1) == "to"
                && matches!(
                    self.word(k),
                    "need"
                        | "needs"
                        | "needed"
                        | "want"
                        | "wants"
                        | "wanted"
                        | "have"
                        | "has"
                        | "had"
                        | "try"
                        | "tries"
                        | "tried"
                        | "trying"
                        | "going"
                        | "able"
                        | "how"
                        | "decided"
                        | "forgot"
                        | "remember"
                        | "used"
                )
        });
        let next = last + 1;
        first == last
            && opens
            && self.is_word(next)
            && self.word(next).starts_with(char::is_lowercase)
    }

    /// "Miss America", "Miss Texas": a known place after "Miss" names a beauty pageant or
    /// its title, not the place.
    pub(super) fn pageant(&self, first: usize) -> bool {
        first
            .checked_sub(1)
            .is_some_and(|k| self.is_word(k) && self.word(k) == "Miss")
    }

    /// "PlayStation 4 Pro", "Mortal Kombat 11 is", "Raspberry Pi 3 with": a product's or a
    /// work's name before its version, a number of one or two digits that a lowercase word,
    /// a product word or a full stop follows, or that ends its block: a name run together in
    /// capitals, or of two words or more none of which heads a body's or a place's name
    /// ("Channel 4", "District 12", "Route 66" are no products; "Liverpool 2 Everton 1" and
    /// "Manchester United 2-1" are scores).
    pub(super) fn versioned(&self, words: &[String], last: usize) -> bool {
        let r = self.reference;
        let number = self.word(last + 1);
        let version = self.is_word(last + 1)
            && (1..=2).contains(&number.len())
            && number.bytes().all(|b| b.is_ascii_digit())
            && (self.is_word(last + 2)
                && (!is_capitalised(self.word(last + 2))
                    || r.is_product_last(self.word(last + 2)))
                || matches!(self.punct(last + 2), Some('.' | ')'))
                // "... in Iron Man 2" ending a headline.
                || self.tokens.get(last + 2).is_none());
        let camel = |w: &str| {
            let b = w.as_bytes();
            b.len() >= 5
                && b.windows(2)
                    .skip(2)
                    .any(|p| p[0].is_ascii_lowercase() && p[1].is_ascii_uppercase())
        };
        // "Iron Man 2": a given name later in the title that is a common word too ("Man")
        // makes no personal name.
        let titled = words.len() >= 2
            && words.iter().enumerate().all(|(i, w)| {
                !r.is_org_last(w)
                    && !r.is_place_last(w)
                    && !r.is_org_first(w)
                    && !r.is_place_first(w)
                    && (!r.is_given_name(w) || i > 0 && r.is_common_word(w))
            });
        version && (words.iter().any(|w| camel(w)) || titled)
    }

    /// Whether the name from token `first` to `last` names an event: a year right after it
    /// ("Worlds 2013"), a storm's word before it ("storm Abigail"), or a weekday after a
    /// word the collection writes in lowercase ("Black Friday", "Cyber Monday").
    pub(super) fn names_event(&self, first: usize, last: usize, words: &[String]) -> bool {
        let next = self.word(last + 1);
        let year = self.is_word(last + 1)
            && next.len() == 4
            && next.bytes().all(|b| b.is_ascii_digit())
            && (next.starts_with("19") || next.starts_with("20"));
        let storm = first
            .checked_sub(1)
            .filter(|&k| self.is_word(k))
            .is_some_and(|k| is_storm_word(self.word(k)));
        let weekday = self.is_word(last + 1)
            && next.ends_with("day")
            && self.reference.is_time(next)
            && matches!(words, [one]
                if self.caps.seen_lowercase(one) || self.reference.is_common_word(one));
        year || storm || weekday
    }

    /// "F-16 fighter bombers", "US B-52 bombers", "a C-130 transport plane": a capital, a
    /// hyphen and a number, before a word for an aircraft, a ship or a weapon (one lowercase
    /// word may come between), or in the plural ("F-16s"), is the craft's model, no name
    /// ("the G-20 summit" stays).
    pub(super) fn craft_code(&self, words: &[String], last: usize) -> bool {
        let code_of = |w: &str| {
            w.split_once('-').is_some_and(|(head, number)| {
                head.len() == 1
                    && head.bytes().all(|b| b.is_ascii_uppercase())
                    && (2..=3).contains(&number.len())
                    && number.bytes().all(|b| b.is_ascii_digit())
            })
        };
        // "F-16s blasted targets", "two B-52s": such a code in the plural is the craft's
        // model whatever follows.
        let plural = matches!(words, [w] if w.strip_suffix('s').is_some_and(code_of));
        let code = matches!(words, [w] if code_of(w));
        let craft = |k: usize| {
            let w = self.word(k);
            self.is_word(k)
                && CRAFT_WORDS
                    .iter()
                    .any(|c| w == *c || w.strip_suffix('s') == Some(c))
        };
        let lower = |k: usize| self.is_word(k) && !is_capitalised(self.word(k));
        plural || code && (craft(last + 1) || lower(last + 1) && craft(last + 2))
    }

    /// "Apache helicopters", "Silkworm missiles", `"Silkworm" missiles`, "Apache combat
    /// helicopters", "Antares rocket": a name right before a noun for a military craft or a
    /// missile (a word of its role may come between) is the craft's model, a thing. Not
    /// before "fighters" ("Taliban fighters" are people), nor before words for airliners
    /// ("a Qantas jet" is the airline's).
    pub(super) fn model_before_craft(&self, last: usize) -> bool {
        let lower = |k: usize| self.is_word(k) && !is_capitalised(self.word(k));
        let craft = |k: usize| {
            let w = self.word(k);
            lower(k)
                && MODEL_CRAFT_WORDS
                    .iter()
                    .any(|c| w == *c || w.strip_suffix('s') == Some(c))
        };
        let role = |k: usize| lower(k) && CRAFT_ROLES.contains(&self.word(k));
        let next = if matches!(self.punct(last + 1), Some('"' | '”' | '’' | '\'')) {
            last + 2
        } else {
            last + 1
        };
        craft(next) || role(next) && craft(next + 1)
    }

    /// `known as “Wolf Pack.”`, `the “Kismot Killer”`: a name that is the whole of a quotation
    /// is the title of a work, a dish, a programme (news puts titles in quotes), not a name.
    pub(super) fn quoted(&self, first: usize, last: usize) -> bool {
        let open = |k: usize| matches!(self.punct(k), Some('“' | '"' | '‘'));
        // `“The Irishman”`, `“A Quiet Place”`: a title's article inside the quotation.
        let article = |k: usize| self.is_word(k) && matches!(self.word(k), "The" | "A" | "An");
        let opens = first
            .checked_sub(1)
            .is_some_and(|k| open(k) || article(k) && k.checked_sub(1).is_some_and(open));
        let closes = |k: usize| matches!(self.punct(k), Some('”' | '"' | '’'));
        let after = if matches!(self.punct(last + 1), Some('.' | ',' | '!' | '?')) {
            last + 2
        } else {
            last + 1
        };
        opens && closes(after)
    }
}
