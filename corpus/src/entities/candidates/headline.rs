//! What a headline names: an outlet's page as a whole run of a Title Case headline ("Yahoo
//! News - ..."), and in a wire headline in capitals the listed firm before its ticker
//! (`WILLCOX AND GIBBS INC <WG> ...`) and the dotted abbreviations of known names ("U.S.").

use super::{Candidate, Finder, Unit};
use crate::article::EntityKind;
use crate::entities::classify::Evidence;
use crate::entities::names::{display, is_all_caps, is_dotted_initials};

impl Finder<'_> {
    /// "Yahoo News - Latest News & Headlines", "BBC Sport | Football": a known organisation
    /// and its section's word ("News", or a division's: "Sport", "Finance", "Music") as a
    /// whole run of a Title Case headline are the outlet's page or product, one name, read
    /// as running text reads it ("ABC News"); a headline otherwise only repeats names found
    /// elsewhere, and would keep the organisation alone.
    pub(super) fn outlet_section(&self, run: &[Unit]) -> bool {
        let r = self.reference;
        matches!(run, [outlet, section] if self.is_single(section)
            && (self.word(section.first) == "News" || r.is_division(self.word(section.first)))
            && outlet
                .reference
                .and_then(|id| r.known(id))
                .is_some_and(|k| k.kind == EntityKind::Organization && !k.country))
    }

    /// "WILLCOX AND GIBBS INC <WG> 4TH QTR NET", "THE JAPAN FUND <JPN> GETS BUYOUT OFFER":
    /// a wire headline in capitals (read for no other name, `Mode::Skip`) that opens with a
    /// name and its stock ticker in angle brackets names that listed firm, often the story's
    /// only mention of it. The words before the ticker are the firm's when they are one to
    /// six words that start the headline (a leading "THE" aside), end in a firm's legal form
    /// or an organisation's word ("INC", "CORP", "INDUSTRIES"), with no function word but
    /// "AND", "OF" or an ampersand and no headline verb among them ("SHEARSON BUYS STAKE IN
    /// XYZ CORP <XYZ>", "ACME BUYING XYZ <XYZ>" give nothing). The name is written with one
    /// capital a word.
    pub fn headline_firm(&self, found: &mut Vec<Candidate>) {
        let r = self.reference;
        let Some(open) = (0..self.tokens.len()).find(|&k| {
            k > 0 && self.punct(k) == Some('<') && self.tokens.get(k + 1).is_some_and(|t| !t.word)
        }) else {
            return;
        };
        let first = usize::from(self.is_word(0) && self.word(0).eq_ignore_ascii_case("the"));
        let span = self.tokens.get(first..open).unwrap_or_default();
        let inner = |w: &str| matches!(w, "AND" | "OF");
        let firm_like = (1..=6).contains(&span.len())
            && span.iter().enumerate().all(|(i, t)| {
                let w = t.text(self.text);
                let edge = i == 0 || i + 1 == span.len();
                if !t.word {
                    return w == "&" && !edge;
                }
                is_all_caps(w)
                    && w.starts_with(|c: char| c.is_ascii_alphabetic())
                    && !(edge && inner(w))
                    && (inner(w) || !r.is_stop(w) && !r.is_headline_verb(w) && !r.is_time(w))
            });
        let (Some(first_tok), Some(last_tok)) = (span.first(), span.last()) else {
            return;
        };
        let last_word = last_tok.text(self.text);
        if !firm_like || !(r.is_legal_form(last_word) || r.is_org_last(last_word)) {
            return;
        }
        let words: Vec<String> = span
            .iter()
            .map(|t| {
                let w = t.text(self.text);
                if inner(w) {
                    return w.to_lowercase();
                }
                let mut chars = w.chars();
                let head: String = chars.next().into_iter().collect();
                let titled = head + &chars.as_str().to_lowercase();
                // "FSI", "NCR": a short word that is no word nor a legal form stays in capitals.
                let code = w.chars().count() <= 3
                    && !r.is_legal_form(w)
                    && !r.is_common_word(&titled.to_lowercase());
                if code || !t.word {
                    w.to_string()
                } else {
                    titled
                }
            })
            .collect();
        let text = display(&words.iter().map(String::as_str).collect::<Vec<_>>());
        let reference = r.lookup(&text);
        let mut evidence = Evidence::default();
        evidence.add(EntityKind::Organization, 6);
        let mut candidate = Candidate {
            block: self.block,
            start: first_tok.start as u32,
            end: last_tok.end as u32,
            text,
            words,
            reference,
            evidence,
            ..Candidate::default()
        };
        candidate.name_count = candidate.name_words().len();
        found.push(candidate);
    }

    /// "U.S. SETS CORN DEFICIENCY PAYMENT": in a wire headline in capitals (read for no other
    /// name), a known place's or body's abbreviation written with dots ("U.S.", "U.K.",
    /// "U.N.") is written as running text writes it, and names it, often the headline's
    /// only mention of it; not before a body's word ("U.S. SENATE PANEL": the Senate's).
    pub fn headline_abbreviations(&self, found: &mut Vec<Candidate>) {
        let r = self.reference;
        for (k, t) in self.tokens.iter().enumerate().filter(|(_, t)| t.word) {
            let w = t.text(self.text);
            let dotted =
                w.len() >= 4 && is_dotted_initials(w) && w.chars().any(|c| c.is_ascii_uppercase());
            // "U.S. SENATE PANEL", "U.K. TREASURY": a body's word after it makes the
            // country's body, a name the capitals hide.
            let body_after = || {
                let next = self.word(k + 1);
                r.is_org_last(next) || r.is_org_first(next) || r.is_generic(next)
            };
            let Some(id) = (dotted && !body_after()).then(|| r.lookup(w)).flatten() else {
                continue;
            };
            let Some(known) = r.known(id) else {
                continue;
            };
            let mut evidence = Evidence::default();
            evidence.add(known.kind, 10);
            let mut candidate = Candidate {
                block: self.block,
                start: t.start as u32,
                end: t.end as u32,
                text: w.to_string(),
                words: vec![w.to_string()],
                reference: Some(id),
                evidence,
                ..Candidate::default()
            };
            candidate.name_count = candidate.name_words().len();
            found.push(candidate);
        }
    }
}
