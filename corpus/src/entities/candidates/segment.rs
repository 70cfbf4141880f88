//! One segment of a run, a piece between titles, turned into names (`Finder::segment`,
//! `segment_step`): leading words split off (a storm's word, a demonym, a known place or body
//! before other words: "U.S. Kerry"), the rest read against reference data, its head word and
//! its context, and pushed as a [`Candidate`] with its evidence.

use super::lexicon::{
    is_brand_verb_form, is_code_identifier, is_compound_adjective, is_model_code,
    is_name_adjective, is_name_suffix, is_people_of_place, is_plural_acronym, is_portfolio_plural,
    is_script_library, is_storm_word, EDITION_WORDS, QUANTIFIERS,
};
use super::{Candidate, Finder, SegmentFlags, Unit};
use crate::article::EntityKind;
use crate::entities::classify::{
    is_brand_cased, is_street_compound, site_name, Signals, Weighed, Words,
};
use crate::entities::names::{display, is_all_caps, is_capitalised, is_dotted_initials};
use crate::quotes::words;

impl Finder<'_> {
    /// Makes names of a piece of a run between titles, splitting off a leading demonym or
    /// country ("Russian", "U.S.") from what follows.
    pub(super) fn segment(&self, units: &[Unit], flags: SegmentFlags, found: &mut Vec<Candidate>) {
        let mut units = units;
        let mut flags = flags;
        while let Some((rest, rest_flags)) = self.segment_step(units, flags, found) {
            units = rest;
            flags = rest_flags;
        }
    }

    /// One step of [`Self::segment`]: the units still to do, if a leading word was split off.
    pub(super) fn segment_step<'u>(
        &self,
        units: &'u [Unit],
        flags: SegmentFlags,
        found: &mut Vec<Candidate>,
    ) -> Option<(&'u [Unit], SegmentFlags)> {
        let r = self.reference;
        let mut units = units;
        let mut the = flags.the;
        loop {
            match units.first() {
                Some(u) if u.connector => units = &units[1..],
                Some(u) if self.is_single(u) && self.word(u.first) == "The" => {
                    the = true;
                    units = &units[1..];
                }
                _ => break,
            }
        }
        // "Sonia Livingstone OBE", "John Smith MP": honours and degrees after a name are no
        // part of it.
        while units.last().is_some_and(|u| {
            u.connector
                || units.len() > 1 && self.is_single(u) && r.is_postnominal(self.word(u.first))
        }) {
            units = &units[..units.len() - 1];
        }
        let (Some(first), Some(last)) = (units.first(), units.last()) else {
            return None;
        };
        let head_word = self.has_head_word(units);
        let first_word = self.word(first.first);
        let last_word = self.head_last(units).unwrap_or_default();
        // "Hurricane Sandy", "Tropical Storm Hermine", "Winter Storm Jonas": the storm's words
        // are split off and the name after them is read as the storm's (an event, see
        // `names_event`), so that the article's later "Sandy" alone is the storm too, no
        // person.
        let storm_at = units
            .iter()
            .take(2)
            .position(|u| self.is_single(u) && is_storm_word(self.word(u.first)));
        if let Some(at) = storm_at.filter(|&at| at + 1 < units.len()) {
            let rest = SegmentFlags {
                the: false,
                titled: false,
                ..flags
            };
            return Some((&units[at + 1..], rest));
        }
        if r.is_event(first_word, last_word) {
            return None;
        }
        // "the US Masters", "the Japan Masters": a known place before "Masters" names a
        // tournament, an event; the place is not named for its own sake. ("Open" ends an
        // event's name after any name, cues.txt [event-last]; "Masters" is a family name too,
        // so only after a place.)
        let tournament = matches!(units, [place, event] if self.is_single(event)
            && self.word(event.first) == "Masters"
            && place
                .reference
                .and_then(|id| r.known(id))
                .is_some_and(|k| k.kind == EntityKind::Place));
        if tournament {
            return None;
        }
        // "the Queensland Government", "the Federal Government", "the Howard Government":
        // the government of a place, a level or a leader is named by what it governs, no body
        // of its own; a known place that opens it is that place ("the United States
        // Government").
        if let ([.., government], [rest @ .., _]) = (units, units) {
            if units.len() >= 2
                && self.is_single(government)
                && matches!(self.word(government.first), "Government" | "Govt")
            {
                // "the U.S. Federal Government", "the NSW Labor Government": the place that
                // opens it.
                let place = rest.first().is_some_and(|u| {
                    !u.connector
                        && u.reference
                            .and_then(|id| r.known(id))
                            .is_some_and(|k| k.kind == EntityKind::Place)
                });
                let rest_flags = SegmentFlags {
                    last: false,
                    ..flags
                };
                return place.then_some((rest.get(..1).unwrap_or_default(), rest_flags));
            }
        }
        // "City of London", "Republic of Turkey": a name that opens with a place word and "of"
        // is a place.
        let place_of = matches!(units, [head, of, _, ..]
            if self.is_single(head)
                && of.connector
                && self.word(of.first) == "of"
                && r.is_place_of(first_word)
                && !r.is_org_last(first_word)
                && !r.is_org_first(first_word));
        // "Natural History Museum of Orland County": the organisation's word before "of" heads
        // the name, whatever place ends it.
        let org_of = units
            .iter()
            .position(|u| u.connector && self.word(u.first) == "of")
            .and_then(|p| p.checked_sub(1))
            .and_then(|p| units.get(p))
            .is_some_and(|u| self.is_single(u) && r.is_org_last(self.word(u.first)));
        // "Lake Forest", "Fort Worth" are places; "Saint Benedict Preparatory School", "Mount
        // Sinai Hospital" are bodies: an organisation's word at the end outweighs a place's at
        // the start.
        // "Arecibo Observatory", "World Trade Centre": a facility is where things are.
        let facility = match units {
            [.., before, _] => r.is_facility(self.word(before.last), last_word),
            _ => false,
        };
        // "Prudential Center", "Verizon Center", "Barclays Centre": a centre named after a
        // known firm is the arena it sponsors, not a body of that firm.
        let sponsored = matches!(last_word, "Center" | "Centre")
            && match units {
                [.., before, _] => {
                    let prefix: Vec<&str> = (first.first..=before.last)
                        .filter(|&k| self.is_word(k))
                        .map(|k| self.word(k))
                        .collect();
                    r.lookup(&prefix.join(" "))
                        .and_then(|id| r.known(id))
                        .is_some_and(|k| k.kind == EntityKind::Organization)
                }
                _ => false,
            };
        let facility = facility || sponsored;
        let place_head = r.is_place_last(last_word) && !org_of
            || r.is_place_first(first_word) && units.len() > 1 && !r.is_org_last(last_word)
            || place_of
            || facility && !org_of;
        // "South Korean President": a demonym of two words; "West African", "East Asian": a
        // compass word before a demonym makes one too.
        if let [a, b, ..] = units {
            let (wa, wb) = (self.word(a.first), self.word(b.first));
            // "Native American", "Indigenous Australians": a people, as a demonym is.
            let demonym = r.is_demonym(&format!("{wa} {wb}"))
                || (r.is_compass(wa) || matches!(wa, "Native" | "Indigenous")) && r.is_demonym(wb);
            if !head_word && self.is_single(a) && self.is_single(b) && demonym {
                let rest = SegmentFlags {
                    the: false,
                    ..flags
                };
                return Some((&units[2..], rest));
            }
        }
        // "East Germany", "West Berlin", "Greater London": a compass or qualifier word before
        // a known place makes a place of its own.
        // "N. Korea", "S. Sudan": a compass point's initial, as headlines abbreviate it.
        let compass_place = units.len() == 2
            && self.is_single(first)
            && (r.is_compass(first_word) || matches!(first_word, "N." | "S." | "E." | "W."))
            && last
                .reference
                .and_then(|id| r.known(id))
                .is_some_and(|k| k.kind == EntityKind::Place);
        // "the U.S. Gulf", "cif Mideast Gulf": a known place before "Gulf" alone names a
        // gulf or a gulf coast of its own, as oil copy writes them (not the place, nor the
        // Gulf that "Gulf" alone names).
        let place_gulf = matches!(units, [place, gulf] if gulf.first == gulf.last
            && self.word(gulf.first) == "Gulf"
            && place
                .reference
                .and_then(|id| r.known(id))
                .is_some_and(|k| k.kind == EntityKind::Place));
        let compass_place = compass_place || place_gulf;
        // "a Virginia Democrat": a party's member after a known place (in the singular:
        // "Sweden Democrats" is a party) is no part of the name. "House Republicans",
        // "a Senate Democratic aide": a chamber's members, or people described by their
        // party there, are a group of people, no entity; "House Democratic Leadership" stays.
        if let [a, b] = units {
            let member = self.word(b.first);
            let before = self.word(a.first);
            // ("Toowoomba Anglican school": a town only the towns list knows is one too.)
            let place = (a
                .reference
                .and_then(|id| r.known(id))
                .is_some_and(|k| k.kind == EntityKind::Place)
                || self.is_single(a) && r.is_town(before))
                && !member.ends_with('s');
            let chamber = a.first == a.last
                && !a.connector
                && (r.is_org_first(before) || r.is_org_last(before));
            if self.is_single(b) && r.is_member(member) && chamber {
                return None;
            }
            // "Gulf Arab producers", "Baltic German settlers": a people's word after a
            // known place says who, of that place; the place is named, the word is not.
            let people = self.is_single(b) && r.is_demonym(member) && !b.connector;
            if self.is_single(b) && (r.is_member(member) || people) && place {
                let before_flags = SegmentFlags {
                    last: false,
                    ..flags
                };
                self.segment(&units[..1], before_flags, found);
                return Some((&units[2..], flags));
            }
        }
        // "Swedish Match <SMBS ST>": a name before a stock ticker (see
        // `text::mark_wire_tickers`) is a listed company's whole name; no demonym is split off.
        let listed = self.ticker_after(last.last);
        // "Arab Spring": a demonym before one common word names an event or a phrase, not an
        // entity (a body keeps its word: "Arab League", "Islamic State").
        if let (false, [a, b]) = (listed, units) {
            let w = self.word(b.first);
            if self.is_single(a)
                && self.is_single(b)
                && r.is_demonym(self.word(a.first))
                && r.is_common_word(w)
                && !head_word
                && !r.is_generic(w)
                && !r.is_org_last(w)
                && !r.is_place_last(w)
                && !r.is_given_name(w)
            {
                return Some((&units[2..], flags));
            }
        }
        // "Russian Foreign Minister": the demonym tells where the person is from.
        if !head_word
            && !compass_place
            && !listed
            && self.is_single(first)
            && r.is_demonym(self.word(first.first))
            && !self.demonym_led(units, flags)
        {
            let rest = SegmentFlags {
                the: false,
                ..flags
            };
            return Some((&units[1..], rest));
        }
        // "the Reagan Administration", "a Trump White House": a president's name before the
        // words for his administration names the president, and the administration is no
        // body of its own ("White House", known, stays one), not one body ("Veterans
        // Administration": a common plural, or a word the collection writes in lowercase, is
        // no one's name).
        if let [president, rest] = units {
            let w = self.word(president.first);
            let tail = self
                .tokens
                .get(rest.first)
                .zip(self.tokens.get(rest.last))
                .and_then(|(a, b)| self.text.get(a.start..b.end))
                .is_some_and(|tail| r.is_presidency(tail));
            let presidency = tail
                && self.is_single(president)
                && president.reference.is_none()
                && !r.is_demonym(w)
                && !r.is_title_head(w)
                && !r.is_org_first(w)
                && !r.is_place_first(w)
                && (self.caps.is_name_like(w) || !r.is_common_word(w))
                && !(w.ends_with('s') && r.is_common_word(w));
            if presidency {
                let before = SegmentFlags {
                    last: false,
                    ..flags
                };
                self.segment_step(&units[..1], before, found);
                let after = SegmentFlags {
                    the: false,
                    first: false,
                    ..flags
                };
                return rest.reference.is_some().then_some((&units[1..], after));
            }
        }
        // "U.S. Kerry" is two names; "Washington Post" and "Charlotte Smith" are one.
        // "U.S. Gulf Coast" is two places; "U.S. Army" one organisation.
        let known = first.reference.and_then(|id| r.known(id));
        let country = known.is_some_and(|k| k.country);
        // "Oklahoma Supreme Court", "Dallas Fed": a state's or a city's own institution, not
        // the national one that reference data knows by the same name.
        let local_place = known.is_some_and(|k| k.kind == EntityKind::Place && !k.country);
        let local_body = local_place
            && units.len() == 2
            && last
                .reference
                .and_then(|id| r.known(id))
                .is_some_and(|k| k.kind == EntityKind::Organization);
        // "Georgia Sea Grant", "New Jersey Devils": one name, its kind from what surrounds it.
        // A country too, before two words or more that end in no place word: "Georgia Sea
        // Grant" (Georgia is a state and a country), "Russia Today"; not "U.S. Gulf Coast".
        let country_named =
            country && units.len() > 2 && !r.is_place_last(last_word) && first.first == first.last;
        let named_after =
            (local_place || country_named) && self.named_after_place(first.first, &units[1..]);
        // "Yahoo Japan", "Wired Italy reports": a known firm or outlet right before a country
        // names its branch or edition there ("the EU Turkey deal", "a UN Syria envoy": a body
        // known by its acronym is a modifier there, two names).
        let edition = matches!(units, [a, b] if a.first == a.last
            && !is_all_caps(first_word)
            && known.is_some_and(|k| k.kind == EntityKind::Organization)
            && b.reference
                .and_then(|id| r.known(id))
                .is_some_and(|k| k.country));
        // "the US Supreme Court", "the UK Supreme Court": a country before a known body named
        // by an institution's word is that country's body, one name; the country is not named
        // for its own sake ("U.S. Kerry" is two names).
        // "the United Nations World Food Program", "the UN Security Council": so is a known
        // body's own body, named with it.
        let parent_body = known.is_some_and(|k| k.kind == EntityKind::Organization);
        let country_body = (country || parent_body) && self.national_body(units);
        // "Google Play", "Apple Pay", "Amazon Prime": a known firm's product or service,
        // whose maker is named only inside it, is no entity.
        // "Google Play Music", "Amazon Prime Video": and so is a product's edition.
        let product_of_known = units.len() > 1
            && known.is_some_and(|k| k.kind == EntityKind::Organization)
            && units[1..]
                .iter()
                .any(|u| self.is_single(u) && r.is_product_last(self.word(u.first)));
        // "Toyota Prius", "Nintendo Switch", "Verizon FiOS", "Samsung Galaxy": a known firm
        // before a word or two of its own that head no body or place, none known, none an
        // acronym ("Sony BMG"), a given name ("Microsoft Steve Ballmer"), a title, a demonym,
        // a division's word ("BBC Sport", "Yahoo Finance"), an institution's generic word
        // ("UN Charter") or a firm's legal form ("Enron Corp"), is the firm's product or
        // model, no entity, and the maker named only inside it is none either.
        let model_of_known = matches!(units, [maker, rest @ ..] if (1..=2).contains(&rest.len())
        && maker.first == maker.last
        && known.is_some_and(|k| k.kind == EntityKind::Organization && !k.country)
        && !head_word
        && !edition
        && rest.iter().all(|u| {
            let w = self.word(u.first);
            self.is_single(u)
                && !is_all_caps(w)
                && !r.is_given_name(w)
                && !r.is_title_head(w)
                && !r.is_demonym(w)
                && !r.is_division(w)
                && !r.is_generic(w)
                && !r.is_legal_form(w)
                && !r.is_stop(w)
                && !r.is_time(w)
        }));
        // "the Apple iPad", "a Sony eReader": a name right before a product's word written
        // with a lowercase first letter and a capital inside is the product's maker, named
        // only inside it.
        // "Apple's iTunes" names the firm.
        let maker_of_product = matches!(units, [maker] if maker.first == maker.last
            && self.tokens.get(maker.last).is_some_and(|t| !t.possessive)
            && self.is_word(maker.last + 1)
            && is_camel_product(self.word(maker.last + 1)));
        // "West Texas Intermediate", "Dubai Light": a known place (a compass word before it
        // or not) and a grade's word name a grade of oil or ore, no entity.
        let grade = matches!(units, [place @ .., g] if !place.is_empty() && place.len() <= 2
            && self.is_single(g)
            && r.is_grade(self.word(g.first))
            && place.last().and_then(|u| u.reference).and_then(|id| r.known(id))
                .is_some_and(|k| k.kind == EntityKind::Place)
            && place[..place.len() - 1].iter().all(|u| self.is_single(u) && r.is_compass(self.word(u.first))));
        if product_of_known || model_of_known || maker_of_product || grade {
            return None;
        }
        // "Nippon Kokan KK", "Lima Textiles SA": words that end in a firm's legal form are
        // the firm's one name, whatever place opens it; "American Express Co" is the known
        // firm (read below); a known firm before other words is read as before ("Viacom
        // International Inc" is Viacom's).
        // "British Petroleum Co PLC", "Australian Associated Press Pty Ltd": a known firm and
        // two legal forms are the firm too.
        let two_forms = units.len() == 3
            && known.is_some_and(|k| k.kind == EntityKind::Organization)
            && units[1..]
                .iter()
                .all(|u| self.is_single(u) && r.is_legal_form(self.word(u.first)));
        let legal_name = units.len() > 1
            && self.is_single(last)
            && r.is_legal_form(last_word)
            && (units.len() == 2
                || known.is_some_and(|k| k.kind == EntityKind::Place)
                || two_forms);
        // "ABC Sports", "CNN Money", "Verizon Wireless": a known firm or outlet before a
        // division's or a section's word names that division, one name (as "BBC News").
        let division = self.division_of_known(units);
        // "Nippon Kokan", "Nippon Oil said", "Brasil Telecom": a country's other name in one
        // word (its own language's, not the English one news writes for the country, nor an
        // acronym: "U.S. Kerry" is two names) before one more name word is a firm's name.
        let native_firm = matches!(units, [country_unit, word] if country
        && country_unit.first == country_unit.last
        && self.is_single(word)
        && known.is_some_and(|k| k.name != first_word)
        && !is_all_caps(first_word)
        && !is_dotted_initials(first_word)
        && !r.is_place_first(first_word)
        && {
            let w = self.word(word.first);
            !r.is_demonym(w)
                && !r.is_title_head(w)
                && !r.is_stop(w)
                && !r.is_time(w)
                && !r.is_given_name(w)
                && !r.is_place_last(w)
                && !r.is_member(w)
                && !is_all_caps(w)
        });
        // "the Timor Sea", "the Korea Strait": a sea named after a country is a place of its
        // own ("U.S. Gulf Coast" is two places).
        let sea_of_country = matches!(units, [_, sea] if self.is_single(sea)
            && matches!(self.word(sea.first), "Sea" | "Ocean" | "Strait" | "Straits" | "Peninsula" | "Desert" | "Basin"));
        if units.len() > 1
            && !local_body
            && !country_body
            && !named_after
            && !edition
            && !legal_name
            && !division
            && !native_firm
            && known.is_some()
            && (!head_word || country && place_head && !sea_of_country)
            && !compass_place
        {
            // "Chad Smith", "Jordan Peele": a country that is also a given name, before a plain
            // word, is a person's first name.
            let given = first.first == first.last && r.is_given_name(first_word);
            let surname_next = units.len() == 2
                && self.is_single(last)
                && !r.is_demonym(last_word)
                && !r.is_title_head(last_word)
                && !is_all_caps(last_word);
            // "BBC News Facebook page": an organisation's word after a known organisation
            // names a part of it ("BBC News"), apart from the name after.
            let part = units.len() > 2
                && known.is_some_and(|k| k.kind == EntityKind::Organization)
                && units
                    .get(1)
                    .is_some_and(|u| self.is_single(u) && r.is_org_last(self.word(u.first)));
            let cut = if part { 2 } else { 1 };
            // "Dallas Ebola patient": a word that never names anything alone is no surname.
            let junk_next = units.len() == 2 && self.is_single(last) && r.is_stop(last_word);
            if !given || country && !surname_next || junk_next {
                let before = SegmentFlags {
                    last: false,
                    titled: false,
                    ..flags
                };
                self.segment_step(&units[..cut], before, found);
                let after = SegmentFlags {
                    the: false,
                    first: false,
                    ..flags
                };
                return Some((&units[cut..], after));
            }
        }
        // A possessive inside the name is part of it: "Attorney's Office".
        let nickname = units
            .iter()
            .find(|u| u.nickname)
            .map(|u| self.word(u.first).to_string());
        let words: Vec<String> = units
            .iter()
            .filter(|u| !u.nickname)
            .flat_map(|u| u.first..=u.last)
            .map(|k| match self.tokens.get(k) {
                Some(t) if k != last.last => self.text.get(t.start..t.full_end).unwrap_or_default(),
                _ => self.word(k),
            })
            .map(str::to_string)
            .collect();
        // "Exxon Mobil Corp.": a known firm and its legal form are that firm ("Forbes Media
        // LLC" is a firm of its own).
        let legal_form =
            |u: &Unit| self.is_single(u) && self.reference.is_legal_form(self.word(u.first));
        let known_firm = known.is_some_and(|k| k.kind == EntityKind::Organization);
        let reference = match units {
            [only] => only.reference,
            [_, body] if country_body => body.reference,
            [firm, form] if known_firm && legal_form(form) => firm.reference,
            [firm, form, form2] if known_firm && legal_form(form) && legal_form(form2) => {
                firm.reference
            }
            _ => None,
        };
        // A degree after a person's name, even one that reference data knows as a state's
        // abbreviation: "Katie Moss, MD".
        if words.len() == 1 && self.degree_after_name(first.first) {
            return None;
        }
        if reference.is_none() {
            let all_titles = words
                .iter()
                .all(|w| r.is_title_head(w) || r.is_title_modifier(w) || r.is_particle(w));
            // "Jr.", "Mr.": parts of names are never names alone.
            let single_junk = words.len() == 1
                && words.first().is_some_and(|w| {
                    is_portfolio_plural(w, r)
                        // "LLC", "Inc.": a firm's suffix alone.
                        || r.is_org_last(w) && (is_all_caps(w) || w.ends_with('.'))
                        || r.is_legal_form(w)
                        || r.is_demonym(w)
                        || r.is_stop(w)
                        || r.is_time(w)
                        // "on Saturdays", "Mondays": a weekday in the plural.
                        || w.strip_suffix('s').is_some_and(|day| day.ends_with("day") && r.is_time(day))
                        || is_name_suffix(w)
                        || EDITION_WORDS.contains(&w.as_str())
                        || r.is_postnominal(w)
                        || is_plural_acronym(w)
                        || is_compound_adjective(w, r)
                        || is_code_identifier(w)
                        || is_brand_verb_form(w, r)
                        // "Android", "MySQL": a well-known product.
                        || r.is_product(w)
                        // "an Oscar", "Earth's orbit", "at CES": an award, a planet, a trade
                        // show.
                        || r.is_alone_thing(w)
                        || w.chars().count() < 2
                });
            // "CHERRRK", "AAARGH": a letter three times over in a word of five capitals or
            // more, with three letters or more, is a sound ("AAA", "KKK", "WWW" are names).
            let sound = words.iter().any(|w| {
                let mut letters: Vec<u8> = w.bytes().collect();
                letters.sort_unstable();
                letters.dedup();
                is_all_caps(w)
                    && w.len() >= 5
                    && letters.len() >= 3
                    && w.as_bytes()
                        .windows(3)
                        .any(|t| t[0] == t[1] && t[1] == t[2] && t[0].is_ascii_alphabetic())
            });
            // "El Niño", "La Nina": a thing named by two words that is no entity.
            let alone_phrase = words.len() == 2 && r.is_alone_thing(&words.join(" "));
            // "Tell Me", "People Who": a pronoun or verb inside makes a title or a slogan.
            let clause = words.iter().skip(1).any(|w| r.is_never_inside(w));
            // "NASA-inspired Zero Gravity Seats", "a World Heritage-designated Biosphere
            // Reserve", "Dark Souls-ian": a hyphenated adjective made from a name inside a run
            // of capitals makes it a description, not a name.
            let described = words.len() >= 2 && words.iter().any(|w| is_name_adjective(w));
            // "Amazon Prime", "FiOS TV": a brand's product or service ("ABC TV" is a channel).
            // "Xbox Live", "Android Auto", "PlayStation VR": a well-known product's name first
            // makes an edition, a service or a feature of it, unless an organisation's or a
            // place's word ends it ("Linux Foundation", "Android Police").
            // "Zentek Vega CPU": a technical acronym after two words or more ends a part's
            // name; "DDR4 RAM": so does a short acronym after a specification with digits.
            let product = match &words[..] {
                [first, .., last] => {
                    r.is_product_last(last)
                        || r.is_product(first) && !r.is_org_last(last) && !r.is_place_last(last)
                        || r.is_stop(last)
                            && is_all_caps(last)
                            && (!is_all_caps(first) || words.len() >= 3)
                        || words.len() == 2
                            && is_all_caps(last)
                            && last.chars().count() <= 4
                            && first.chars().any(|c| c.is_ascii_digit())
                            && first.chars().any(char::is_alphabetic)
                }
                _ => false,
            } || words.iter().any(|w| is_model_code(w, r) || is_script_library(w))
                || self.craft_code(&words, last.last)
                // "Xbox One X", "Galaxy Tab S", "the Xbox One X's": a capital alone (no dot)
                // ends a product's name of three words or more ("Malcolm X", "Serie A" and a
                // firm's initials, "B and C's", see `initials_pair`, stay).
                || words.len() >= 3
                    && !words.iter().any(|w| w == "and")
                    && words.last().is_some_and(|w| {
                        let w = w.trim_end_matches("'s").trim_end_matches("’s");
                        w.chars().count() == 1 && w.chars().all(|c| c.is_ascii_uppercase())
                    })
                    && !r.is_given_name(&words[0]);
            // "the 277 Wikipedias", "most WordCamps", "English Wikipedians": a name in the
            // plural after a number or a quantifier is a count of things or people, and so is
            // an uncommon plural after a demonym ("Indian Railways" stays).
            let counted = match &words[..] {
                [w] if w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !is_all_caps(w) => {
                    first.first.checked_sub(1).is_some_and(|k| {
                        let before = self.word(k);
                        self.is_word(k)
                            && (before.bytes().all(|b| b.is_ascii_digit())
                                || QUANTIFIERS.contains(&before)
                                || r.is_demonym(before) && !r.is_common_word(&w[..w.len() - 1]))
                    })
                }
                _ => false,
            };
            // "151 PS", "2 GB/s", "197 Nm": a unit's abbreviation right after a number (not a
            // year: "2019 US") is no name.
            let unit = match &words[..] {
                [w] if r.is_unit(w) => first.first.checked_sub(1).is_some_and(|k| {
                    let n = self.word(k);
                    self.is_word(k)
                        && n.bytes()
                            .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
                        && n.bytes().next().is_some_and(|b| b.is_ascii_digit())
                        && !(n.len() == 4 && (n.starts_with("19") || n.starts_with("20")))
                }),
                _ => false,
            };
            // "Sports Business Analyst", "Software Developer", "Group President": common words
            // (or title words) that end in a noun for a job make a job's title, not a name
            // ("the Economist" and "New Scientist" end in no such noun).
            let after_the = first
                .first
                .checked_sub(1)
                .is_some_and(|k| self.word(k).eq_ignore_ascii_case("the"));
            let job = !flags.the
                && !after_the
                && words.last().is_some_and(|w| r.is_job(w))
                && words[..words.len() - 1].iter().all(|w| {
                    r.is_common_word(w)
                        || r.is_title_head(w)
                        || r.is_title_modifier(w)
                        || !is_capitalised(w)
                });
            if all_titles
                || single_junk
                || alone_phrase
                || is_people_of_place(&words, r)
                || clause
                || described
                || product
                || job
                || counted
                || unit
                || self.quoted(first.first, last.last)
                || sound
            {
                return None;
            }
        }
        let known_kind = reference.and_then(|id| r.known(id)).map(|k| k.kind);
        let org_or_unknown = known_kind.is_none_or(|k| k == EntityKind::Organization);
        let alone_here = flags.first && flags.last && units.len() == 1;
        if alone_here
            && (known_kind == Some(EntityKind::Organization)
                && self.indefinite_known(first.first, last.last)
                || org_or_unknown && self.brand_as_verb(first.first, last.last))
            || known_kind == Some(EntityKind::Place) && self.pageant(first.first)
        {
            return None;
        }
        let (Some(first_tok), Some(last_tok)) =
            (self.tokens.get(first.first), self.tokens.get(last.last))
        else {
            return None;
        };
        let context = self.context(first.first, last.last);
        let (first_ctx, last_ctx, alone) = (flags.first, flags.last, flags.first && flags.last);
        let unknown = reference.is_none();
        let name_words: Vec<&String> = words.iter().filter(|w| is_capitalised(w)).collect();
        // "Welsh Mountain Rescue": a demonym that is also a given name opens no person's name.
        // "Osama bin Laden", "Vincent van Gogh": a personal name's particle between two
        // capitalised words says person as a given name does ("al-Qaeda", "Rio de Janeiro"
        // and "Universidad de Chile" have other particles).
        let person_particle = name_words.len() >= 2
            && words
                .iter()
                .any(|w| matches!(w.as_str(), "bin" | "ibn" | "bint" | "van" | "von"));
        let given_first = name_words.len() >= 2
            && name_words
                .first()
                .is_some_and(|w| r.is_given_name(w) && !r.is_demonym(w))
            || person_particle;
        // "the Lancet," is a title; "the Smith family" only borrows a name.
        let modifier = words.len() == 1
            && self.is_word(last.last + 1)
            && !is_capitalised(self.word(last.last + 1));
        // "to The Guardian": a capital "The" inside a sentence belongs to the title of a
        // newspaper, a band or a firm.
        let capital_the = first
            .first
            .checked_sub(1)
            .and_then(|k| self.tokens.get(k))
            .is_some_and(|t| t.word && !t.sentence_start && t.text(self.text) == "The");
        let event = unknown && self.names_event(first.first, last.last, &words);
        let several_unknown = name_words.len() >= 2 && !head_word && unknown;
        let unknown_words = several_unknown.then(|| {
            // A word the collection writes in lowercase (given names aside: "Mark", "Rose").
            // A function word ("An" of "Hoi An") is no word of a firm's name.
            let common = name_words
                .iter()
                .any(|w| !r.is_given_name(w) && !r.is_stop(w) && self.caps.is_common(w));
            if common {
                Words::Common
            } else if given_first {
                Words::GivenFirst
            } else if name_words.last().is_some_and(|w| r.is_surname(w))
                || name_words.len() == 2
                    && r.is_given_name(name_words[1])
                    && !is_all_caps(name_words[0])
                    && !r.is_compass(name_words[0])
            {
                // "Tsegaye Okonkwo"; "LeBron James", "Coco Chanel": a given name last is a
                // family name too ("XS Max" is a model, "South Philly" a place).
                Words::SurnameLast
            } else {
                Words::Unknown
            }
        });
        let ordinary = several_unknown
            && !compass_place
            && !flags.titled
            && nickname.is_none()
            && name_words.iter().all(|w| {
                !r.is_given_name(w)
                    && (r.is_common_word(w) && self.caps.seen_lowercase(w)
                        || self.caps.is_common(w))
            });
        // "chiseled by Dave Dombrowski, which is what ...": after a given name and a family
        // name, ", which" opens a clause about what was said ("Con Edison, which" is a firm).
        let family_last =
            name_words.len() >= 2 && name_words.last().is_some_and(|w| r.is_surname(w));
        let signals = Signals {
            known: reference.and_then(|id| r.known(id)).map(|k| k.kind),
            compass_place,
            // "the West", "the Northeast": a compass word alone after "the" is a region.
            region: words.len() == 1
                && (the || first_ctx && (context.the_before || context.the_qualified))
                && (r.is_compass(&words[0]) || r.is_compass(words[0].trim_end_matches("ern"))),
            titled: flags.titled || nickname.is_some(),
            institution: flags.institution,
            office_before: if first_ctx { context.office_before } else { 0 },
            // "consulting firm X" 4; "developer X" 2, as a trade names people as often as
            // firms; before a personal name ("developer Ammar Askar") it is the person's.
            org_noun_before: match (
                first_ctx && context.org_noun_before && unknown,
                context.trade_before,
            ) {
                (false, _) => 0,
                (true, false) => 4,
                (true, true) if given_first => 0,
                (true, true) => 2,
            },
            place_before: first_ctx && context.place_before && unknown,
            which_after: last_ctx && context.which_after && unknown,
            its_after: last_ctx && context.its_after && unknown,
            personal: last_ctx && context.personal_after && unknown,
            local_body,
            // "New Jersey Devils said": a team or a firm named after a place is no person,
            // unless the place is a given name too ("Georgia Williams").
            // A family name after a city's name is a person's ("Kobe Bryant").
            named_after_place: named_after
                && !r.is_given_name(first_word)
                && !matches!(&units[1..], [u] if r.is_surname(self.word(u.first))
                    || r.is_given_name(self.word(u.first))),
            role_before: first_ctx && context.role_before,
            // Not for a common word ("actor Smile", "coach Go"): a title's strength keeps a
            // name that is also a word, a trade's does not.
            position_before: first_ctx
                && context.position_before
                && !words
                    .iter()
                    .any(|w| r.is_common_word(w) || self.caps.seen_lowercase(w)),
            // "CEO of Vail Resorts", "director of Georgia Sea Grant", "consulting firm Oliver
            // Wyman": where the words before say a body, a given name first says little.
            // "A Con Edison worker", "Con Edison, which ...", "Royal Shrewsbury hospital":
            // what follows says a firm or a place, and the given name first says nothing.
            given_first: given_first
                && !flags.institution
                && !(first_ctx
                    && (context.office_before > 0
                        || context.org_noun_before && !context.trade_before))
                && !(last_ctx
                    && (context.which_after && !family_last
                        || context.its_after
                        || context.org_role_after
                        || context.firm_suffix
                        || context.noun_after.is_some_and(|k| k != EntityKind::Person))),
            // A place word after a title is a surname: "Professor Adrian Hill".
            head: match (head_word, place_head) {
                // "director of the Shanghai Observatory", "an astronomer at X Observatory":
                // a facility where someone works is the body that runs it.
                (true, true)
                    if facility
                        && (flags.institution || first_ctx && context.office_before > 0) =>
                {
                    Some(EntityKind::Organization)
                }
                (true, true) if !flags.titled => Some(EntityKind::Place),
                (true, false) => Some(EntityKind::Organization),
                _ if unknown && matches!(&words[..], [w] if is_street_compound(w)) => {
                    Some(EntityKind::Place)
                }
                // "Amazon.com", "Salon.com": a site's address names the firm behind it.
                _ if unknown && matches!(&words[..], [.., w] if site_name(w).is_some()) => {
                    Some(EntityKind::Organization)
                }
                _ => None,
            },
            speech: last_ctx && context.speech_after || first_ctx && context.speech_before,
            // "in WordPress", "on LinkedIn": a word capitalised inside is a brand, and "in"
            // before it says where on the site, not a place.
            preposition: if first_ctx
                && !(unknown && matches!(&words[..], [w] if is_brand_cased(w)))
            {
                context.preposition
            } else {
                0
            },
            bare_at: first_ctx
                && context.preposition == 1
                && unknown
                && words.len() == 1
                && !is_all_caps(&words[0])
                && !(the || context.the_before)
                && context.office_before == 0,
            place_after: last_ctx && context.place_after,
            noun_after: context.noun_after.filter(|_| last_ctx && unknown),
            dateline: first_ctx && context.dateline,
            dateline_agency: alone && context.dateline_agency,
            org_word_after: last_ctx
                && (context.org_role_after || context.media_role_after && !given_first)
                && unknown,
            firm_suffix: last_ctx && context.firm_suffix && unknown,
            legal_form: unknown && r.is_legal_form(last_word),
            appositive: context.appositive.filter(|_| alone),
            one_of: context.one_of.filter(|_| alone),
            hometown: alone && context.hometown,
            capital_the: capital_the && unknown,
            the: (the || first_ctx && context.the_before) && !modifier,
            words: unknown_words,
            acronym: unknown && words.len() == 1 && is_all_caps(&words[0]),
            ordinary,
        };
        let Weighed {
            mut evidence,
            plain,
        } = signals.weigh();
        // "Dumfries and Galloway", "Skye and Lochaber": two plain words joined by "and" (see
        // `pair_after`) name an area more often than a body, and never a person.
        let pair = matches!(units, [a, and, b] if self.is_single(a)
            && self.is_single(b)
            && and.connector
            && self.word(and.first) == "and");
        // "B and C": two capital letters so joined are a firm's initials (`initials_pair`).
        let initials = pair && words.iter().all(|w| w == "and" || w.chars().count() == 1);
        if pair && !initials {
            evidence.person -= 5;
            evidence.add(EntityKind::Place, 3);
        }
        // "Procter & Gamble", "Johnson & Johnson": a name joined by an ampersand (see
        // `connectors_after`) is a firm's, never a person's.
        let ampersand = units
            .iter()
            .any(|u| u.connector && self.punct(u.first) == Some('&'));
        if ampersand || initials {
            evidence.person -= 5;
            evidence.add(EntityKind::Organization, 3);
        }
        // "Swedish Match <SMBS ST>": a stock ticker after the name says a listed company;
        // "told BBC Sport": a known firm's division is a body, as the firm is.
        if self.ticker_after(last.last) || self.division_of_known(units) {
            evidence.person -= 5;
            evidence.add(EntityKind::Organization, 6);
        }
        // "Lady Gaga": a stage name led by the title (see `title_len`) is a person's, weakly
        // ("Lady Antebellum", a band, has its own evidence).
        if matches!(&words[..], [lady, _] if lady == "Lady") {
            evidence.add(EntityKind::Person, 2);
        }
        let versioned = last_ctx && self.versioned(&words, last.last);
        let mut candidate = Candidate {
            block: self.block,
            start: first_tok.start as u32,
            end: last_tok.end as u32,
            words,
            reference,
            evidence,
            plural_title: flags.titled && flags.plural,
            initial: first_tok.sentence_start,
            nickname,
            plain,
            event,
            work: (first_ctx && context.work_before
                || alone && context.work_group
                || versioned
                || alone && self.indefinite(first.first, last.last))
                && unknown,
            listed_work: alone && context.work_group,
            thing: last_ctx && context.work_after && unknown,
            team: alone && context.team && reference.is_some(),
            dateline: signals.dateline,
            // "Keynesian toolbox", not "Titian painted" nor "Velkov is".
            modifier: last_ctx
                && modifier
                && !context.speech_after
                && !r.is_stop(self.word(last.last + 1))
                && !self.word(last.last + 1).ends_with("ed"),
            // "his daughter Ivanka Trump", "first lady Jane Doe": a lowercase role noun
            // tells the gender of the one it names as a title does.
            courtesy: first
                .first
                .checked_sub(1)
                .filter(|&p| {
                    self.is_word(p)
                        && (r.is_title_head(self.word(p))
                            || self.word(p).starts_with(char::is_lowercase))
                })
                .and_then(|p| words::gender(self.word(p))),
            // "President Obama's administration achieved what he promised": after a title
            // that tells no gender, a lone word and the pronoun that may refer back to it.
            referred: first
                .first
                .checked_sub(1)
                .filter(|&p| {
                    first.first == last.last
                        && self.is_word(p)
                        && r.is_title_head(self.word(p))
                        && words::gender(self.word(p)).is_none()
                })
                .and_then(|_| self.pronoun_after(last.last)),
            ..Candidate::default()
        };
        candidate.spelled = candidate.is_acronym()
            && first.first == last.last
            && (self.punct(last.last + 1) == Some(')')
                && first
                    .first
                    .checked_sub(1)
                    .is_some_and(|open| self.spelled_before(open, &candidate.words[0]))
                || self.term_called(first.first));
        candidate.text = display(&candidate.words_str());
        candidate.name_count = candidate.name_words().len();
        found.push(candidate);
        None
    }
}

/// "iPad", "eBook", "iOS": a product's word, a lowercase letter or two before a capital.
fn is_camel_product(word: &str) -> bool {
    let lower = word.chars().take_while(|c| c.is_lowercase()).count();
    (1..=2).contains(&lower)
        && word.chars().nth(lower).is_some_and(char::is_uppercase)
        && word.chars().all(char::is_alphanumeric)
}
