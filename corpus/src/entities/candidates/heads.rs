//! Head words and names built on another name: the word that heads a body's or a place's
//! name, a place or a country before more words ("Georgia Sea Grant", "US Supreme Court"), a
//! known firm's division ("BBC Sport"), a demonym that opens a body's name ("British Red
//! Cross").

use super::lexicon::is_name_suffix;
use super::{Finder, SegmentFlags, Unit};
use crate::article::EntityKind;
use crate::entities::names::is_all_caps;

impl Finder<'_> {
    /// "ABC Sports", "BBC Sport": a known organisation (no country) and a division's word.
    pub(super) fn division_of_known(&self, units: &[Unit]) -> bool {
        let r = self.reference;
        matches!(units, [firm, d] if self.is_single(d)
            && r.is_division(self.word(d.first))
            && firm
                .reference
                .and_then(|id| r.known(id))
                .is_some_and(|k| k.kind == EntityKind::Organization && !k.country))
    }

    /// The words after a city's or a state's name make one name with it ("Georgia Sea
    /// Grant", "Edinburgh Royal Infirmary", "New Jersey Devils", "Las Vegas Sands"): two
    /// unknown words or more, or one in the plural, none a title, a demonym, a day or an
    /// acronym, and no given name before a word that is not a common one ("Colorado
    /// Republican Dan Maes"; "Royal Infirmary" is no person).
    pub(super) fn named_after_place(&self, place: usize, rest: &[Unit]) -> bool {
        let r = self.reference;
        if !rest.iter().all(|u| self.is_single(u)) {
            return false;
        }
        let words: Vec<&str> = rest.iter().map(|u| self.word(u.first)).collect();
        let plain = words.iter().all(|w| {
            !r.is_title_head(w)
                && !r.is_demonym(w)
                && !r.is_time(w)
                && !r.is_stop(w)
                && !is_all_caps(w)
        });
        let person = words
            .windows(2)
            .any(|pair| r.is_given_name(pair[0]) && !r.is_common_word(pair[1]));
        let plural = |w: &str| {
            w.chars().count() >= 4 && w.ends_with('s') && !w.ends_with("ss") && !w.contains('\'')
        };
        // "Miami Heat", "Idaho Statesman", "Las Vegas Strip", "Kobe Bryant": one singular
        // word after a city or a state is a team, a paper, a part of the place or a person's
        // surname, one name with it; not a party's member ("Virginia Democrat", cut before),
        // a word that never stands in a name ("Dallas Ebola") or an event's word ("Boston
        // Marathon").
        // "in Rome Designed by architects ...", "near Toronto Returning soldiers": a verb's
        // form ("-ed", "-ing") that is a common English word, or one the collection writes in
        // lowercase, with a lowercase word after it, after a place that no article or
        // possessive opens, starts a sentence run on without its full stop; it makes no name
        // with the place. Nouns stay ("Utah Jazz beat", "the Toronto Star columnist", "Tulsa
        // Heat (10-3)"): a team's, a paper's or a place's word may be a common one.
        let determined = place.checked_sub(1).is_some_and(|k| {
            self.is_word(k)
                && (self.word(k).eq_ignore_ascii_case("the")
                    || self.tokens.get(k).is_some_and(|t| t.possessive))
        });
        let next = rest.last().map_or(0, |u| u.last + 1);
        let lowercase_next =
            !determined && self.is_word(next) && self.word(next).starts_with(char::is_lowercase);
        let run_on = |w: &str| {
            lowercase_next
                && (w.ends_with("ed") || w.ends_with("ing"))
                && (self.caps.is_ordinary(w, r) || r.is_common_word(w))
        };
        let singular = |w: &str| {
            !r.is_never_inside(w)
                && !r.is_event(w, w)
                && !r.is_member(w)
                && !r.is_compass(w)
                && !is_name_suffix(w)
                && !run_on(w)
        };
        plain
            && !person
            && match words[..] {
                [one] => plural(one) || singular(one),
                [_, _, ..] => true,
                [] => false,
            }
    }

    /// "US Supreme Court", "UK Foreign Office": two units, the second a known organisation
    /// whose name ends with an institution's word ("Court", "Office", "Senate").
    pub(super) fn national_body(&self, units: &[Unit]) -> bool {
        let r = self.reference;
        let [_, body] = units else {
            return false;
        };
        body.reference.and_then(|id| r.known(id)).is_some_and(|k| {
            k.kind == EntityKind::Organization
                && k.name
                    .rsplit(' ')
                    .next()
                    .is_some_and(|w| r.is_org_last(w) || r.is_generic(w))
        })
    }

    /// The last word of a name, or the word before its number ("Highway 427", "Channel 4",
    /// "World War II"):
    /// where a head word stands.
    pub(super) fn head_last(&self, units: &[Unit]) -> Option<&str> {
        match units {
            [.., before, number]
                if self.is_single(number) && is_number_or_roman(self.word(number.first)) =>
            {
                Some(self.word(before.last))
            }
            [.., last] => Some(self.word(last.last)),
            [] => None,
        }
    }

    /// Whether the units name an organisation or place by their head word
    /// ("... Council", "Ministry of ...", "Lake ...").
    pub(super) fn has_head_word(&self, units: &[Unit]) -> bool {
        let r = self.reference;
        let words: Vec<&str> = units
            .iter()
            .filter(|u| u.reference.is_none())
            .map(|u| self.word(u.last))
            .collect();
        let last = self.head_last(units);
        let first = units.first().map(|u| self.word(u.first));
        let before_of = self.word_before_of(units);
        !words.is_empty()
            && (last
                .is_some_and(|w| r.is_org_last(w) || r.is_place_last(w) || r.is_facility("", w))
                || before_of
                    .is_some_and(|w| r.is_org_last(w) || r.is_org_first(w) || r.is_place_last(w))
                || first.is_some_and(|w| r.is_place_first(w)) && units.len() > 1)
    }

    /// The last word before the first "of", "for", "to", "in" or "on" joining the units:
    /// "Department" in "Department of Energy", "Office" in "Office for Students".
    fn word_before_of(&self, units: &[Unit]) -> Option<&str> {
        units
            .iter()
            .position(|u| {
                u.connector && matches!(self.word(u.first), "of" | "for" | "to" | "in" | "on")
            })
            .and_then(|p| p.checked_sub(1))
            .and_then(|p| units.get(p))
            .map(|u| self.word(u.last))
    }

    /// Whether the units name an organisation by their head word: "... Motors",
    /// "... Department", "Office for ...".
    pub(super) fn has_org_head(&self, units: &[Unit]) -> bool {
        let r = self.reference;
        let last = self.head_last(units).is_some_and(|w| r.is_org_last(w));
        let before_of = self
            .word_before_of(units)
            .is_some_and(|w| r.is_org_last(w) || r.is_org_first(w));
        self.has_head_word(units) && (last || before_of)
    }

    /// "Scottish Hydro Electric", "British Red Cross": a demonym before two unknown words or
    /// more, or before a known body's name of two words or more, with no title before or after
    /// and no given name after it, opens the name of a body ("Russian Foreign Minister",
    /// "Swiss Roger Federer" are other things).
    pub(super) fn demonym_led(&self, units: &[Unit], flags: SegmentFlags) -> bool {
        let r = self.reference;
        let Some((_, rest)) = units.split_first() else {
            return false;
        };
        // "British Red Cross": a national branch of a known body of two words or more.
        let branch = matches!(rest, [u] if u.first < u.last
            && u.reference
                .and_then(|id| r.known(id))
                .is_some_and(|k| k.kind == EntityKind::Organization));
        flags.last && !flags.titled && branch
            || flags.last
                && !flags.titled
                && rest.len() >= 2
                && rest
                    .first()
                    .is_some_and(|u| self.is_single(u) && !r.is_given_name(self.word(u.first)))
                && rest.last().is_some_and(|u| self.is_single(u))
                && rest.iter().all(|u| {
                    u.connector
                        || self.is_single(u)
                            && !r.is_title_head(self.word(u.first))
                            && !r.is_demonym(self.word(u.first))
                })
    }
}

/// "11", "2016", "II", "XIV": a number after a name ("Apollo 11", "World War II").
fn is_number_or_roman(word: &str) -> bool {
    !word.is_empty()
        && (word.chars().all(|c| c.is_ascii_digit())
            || word.len() <= 4
                && word.len() >= 2
                && word.chars().all(|c| matches!(c, 'I' | 'V' | 'X')))
}
