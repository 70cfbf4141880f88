//! Look-arounds over a block's token stream: a token's word or punctuation, whether it is a
//! name word, the unit (one token, or a name known from reference data) that starts at it,
//! and what stands between two names or after one (a coordinator, a stock ticker).

use super::lexicon::is_letter_compound;
use super::{Finder, Unit};
use crate::entities::names::{is_capitalised, is_contraction, is_dotted_initials, squash};

impl Finder<'_> {
    pub(super) fn word(&self, k: usize) -> &str {
        self.tokens.get(k).map_or("", |t| t.text(self.text))
    }

    pub(super) fn is_word(&self, k: usize) -> bool {
        self.tokens.get(k).is_some_and(|t| t.word)
    }

    pub(super) fn punct(&self, k: usize) -> Option<char> {
        self.tokens
            .get(k)
            .filter(|t| !t.word)
            .and_then(|t| t.text(self.text).chars().next())
    }

    /// Whether a stock ticker in angle brackets follows token `k`: "<", then the code's
    /// tokens, which `text::mark_wire_tickers` made plain.
    pub(super) fn ticker_after(&self, k: usize) -> bool {
        self.punct(k + 1) == Some('<') && self.tokens.get(k + 2).is_some_and(|t| !t.word)
    }

    /// A capitalised word, or one with a lowercase particle before a capital ("al-Assad").
    pub(super) fn is_name_token(&self, k: usize) -> bool {
        if !self.is_word(k) {
            return false;
        }
        let w = self.word(k);
        if is_capitalised(w) {
            return !is_contraction(w) && !self.is_clause_word(w) && !is_letter_compound(w);
        }
        // "Philadelphia 76ers", "Channel 4", "District 12", "Building 24": a team's number
        // word after a name, or a number after a word that names things by number.
        if !w.starts_with(|c: char| c.is_ascii_digit()) {
            return w
                .split_once('-')
                .is_some_and(|(p, rest)| self.reference.is_particle(p) && is_capitalised(rest));
        }
        let after = k
            .checked_sub(1)
            .filter(|&p| self.tokens[p].full_end < self.tokens[k].start);
        let after_name = after.is_some_and(|p| self.is_word(p) && is_capitalised(self.word(p)));
        let digits = w.bytes().take_while(u8::is_ascii_digit).count();
        let team_number = digits > 0 && w.get(digits..) == Some("ers");
        // The number ends the name: "Route 14 Box 3" is an address.
        let ends = !(self.is_word(k + 1) && is_capitalised(self.word(k + 1)));
        let numbered = (1..=3).contains(&w.len())
            && digits == w.len()
            && ends
            && after.is_some_and(|p| {
                matches!(
                    self.word(p),
                    "Channel"
                        | "District"
                        | "Building"
                        | "Terminal"
                        | "Route"
                        | "Highway"
                        | "Interstate"
                        | "Studio"
                        | "Pier"
                        | "Gate"
                        | "Area"
                        | "Ward"
                        | "Precinct"
                        | "Sector"
                )
            });
        after_name && (team_number || numbered)
    }

    /// "Hyatt Officially Opens", "Vidyard Introduces New Features": an adverb made from a
    /// common word ("Officially", "Exclusively"; not "Weekly" or "Assembly") or a headline's
    /// verb ("Announces") is a clause's word written with a capital, where a name ends.
    fn is_clause_word(&self, w: &str) -> bool {
        let r = self.reference;
        let adverb = w.len() >= 7
            && w.is_ascii()
            && w.ends_with("ly")
            && r.is_common_word(&w[..w.len() - 2])
            && !r.is_time(&w[..w.len() - 2])
            && !matches!(
                w[..w.len() - 2].to_ascii_lowercase().as_str(),
                "week" | "month" | "quarter" | "year" | "night" | "hour" | "fortnight"
            );
        adverb || w.ends_with('s') && r.is_headline_verb(w)
    }

    /// The longest name from reference data that starts at token `k`.
    pub(super) fn known_at(&self, k: usize) -> Option<Unit> {
        // A leading "The" is never part of a name here: "The Netherlands" is "Netherlands".
        if !self.is_name_token(k) || self.word(k) == "The" {
            return None;
        }
        let mut best = None;
        let mut phrase = String::new();
        // "U. S.": spaced initials are looked up as one name.
        let initials = if is_dotted_initials(self.word(k)) {
            4
        } else {
            1
        };
        let longest = self.reference.longest_from(self.word(k)).max(initials);
        for len in 1..=longest {
            let last = k + len - 1;
            // "Ernst & Young", "Procter & Gamble": an ampersand between a name's words;
            // "Royal Dutch/Shell Group": a slash.
            let joiner = (len > 1)
                .then(|| self.punct(last))
                .flatten()
                .filter(|c| matches!(c, '&' | '/'));
            if !(self.is_word(last) || joiner.is_some()) {
                break;
            }
            if len > 1 {
                phrase.push(' ');
            }
            if let Some(c) = joiner {
                phrase.push(c);
                continue;
            }
            phrase.push_str(self.word(last));
            if self.is_name_token(last) {
                // "Standard and Poor's", "McDonald's": a possessive that is the name's own.
                let owned = self.tokens[last]
                    .possessive
                    .then(|| self.reference.lookup(&format!("{phrase}'s")))
                    .flatten();
                let found = owned.or_else(|| self.reference.lookup(&phrase));
                // "Sale prices rose", "Male voters": a common English word is no place whose
                // name differs from it only by an accent (Salé, Malé).
                let found = found.filter(|&id| {
                    len > 1
                        || !(phrase.is_ascii() && self.reference.is_common_word(&phrase))
                        || self
                            .reference
                            .known(id)
                            .is_none_or(|k| k.name.is_ascii() || squash(&k.name) != squash(&phrase))
                });
                if let Some(id) = found {
                    best = Some(Unit {
                        first: k,
                        last,
                        reference: Some(id),
                        connector: false,
                        nickname: false,
                    });
                }
            }
            if self.tokens[last].possessive {
                break;
            }
        }
        best
    }

    pub(super) fn unit_at(&self, k: usize) -> Option<Unit> {
        self.known_at(k).or_else(|| {
            self.is_name_token(k).then_some(Unit {
                first: k,
                last: k,
                reference: None,
                connector: false,
                nickname: false,
            })
        })
    }

    /// Whether only "and", "or", or a comma (and "and") lie between tokens `a` and `b`.
    pub(super) fn coordinated(&self, a: usize, b: usize) -> bool {
        let between: Vec<String> = (a + 1..b)
            .map(|k| match self.punct(k) {
                Some(c) => c.to_string(),
                None => self.word(k).to_string(),
            })
            .collect();
        let between: Vec<&str> = between.iter().map(String::as_str).collect();
        matches!(
            between[..],
            ["and"] | ["or"] | [","] | [",", "and"] | [",", "or"] | ["/"]
        )
    }

    pub(super) fn is_single(&self, unit: &Unit) -> bool {
        unit.first == unit.last && unit.reference.is_none() && !unit.connector
    }
}
