//! Reference data: countries, cities, regions, organisations, titles, given names and cue
//! words, embedded from `corpus/data/` (each file names its source) and parsed once.

use std::collections::{HashMap, HashSet};
use std::hash::BuildHasherDefault;
use std::sync::OnceLock;

use super::names::{is_all_caps, is_capitalised, is_spaced_initials, squash};
use crate::article::EntityKind;

const COUNTRIES: &str = include_str!("../../data/countries.tsv");
const CITIES: &str = include_str!("../../data/cities.txt");
const TOWNS: &str = include_str!("../../data/towns.txt");
const US_STATES: &str = include_str!("../../data/us_states.txt");
const PLACES: &str = include_str!("../../data/places.tsv");
const HISTORICAL: &str = include_str!("../../data/historical_countries.tsv");
const ORGS: &str = include_str!("../../data/orgs.tsv");
const COMPANIES: &str = include_str!("../../data/companies.tsv");
const TEAMS: &str = include_str!("../../data/teams.tsv");
const OUTLETS: &str = include_str!("../../data/outlets.tsv");
const GIVEN_NAMES: &str = include_str!("../../data/given_names.txt");
const GIVEN_NAMES_US: &str = include_str!("../../data/given_names_us.txt");
const GIVEN_NAMES_WORLD: &str = include_str!("../../data/given_names_world.txt");
const SURNAMES: &str = include_str!("../../data/surnames.txt");
const TITLES: &str = include_str!("../../data/titles.txt");
const CUES: &str = include_str!("../../data/cues.txt");
const WORDS: &str = include_str!("../../data/words.txt");
const COMMON_WORDS: &str = include_str!("../../data/common_words.txt");
const SPORTS: &str = include_str!("../../data/sports.txt");
const FEATURES: &str = include_str!("../../data/features.txt");

pub(crate) use crate::fnv::Fnv;

type Map<V> = HashMap<String, V, BuildHasherDefault<Fnv>>;
type Set = HashSet<String, BuildHasherDefault<Fnv>>;

/// One known entity: its usual name and kind.
#[derive(Debug, Clone)]
pub struct Known {
    pub name: String,
    pub kind: EntityKind,
    /// A country (as opposed to a city, region or organisation).
    pub country: bool,
}

/// All reference lists, keyed for lookups by [`squash`]ed, lowercase forms.
#[derive(Debug, Default)]
pub struct Reference {
    pub known: Vec<Known>,
    /// Squashed name → index into `known`, for names written in ordinary case.
    names: Map<u32>,
    /// Squashed acronym → index into `known`; these match only text in capitals.
    acronyms: Map<u32>,
    /// Squashed name of a geographic feature (features.txt) → index into `known`: a place
    /// only where the text writes it as a feature ("in the Amazon"), never looked up alone.
    features: Map<u32>,
    /// Squashed first word of each known name of two or more words → the most words of
    /// such a name, so that most words need only one lookup.
    first_words: Map<usize>,
    demonyms: Set,
    /// Squashed names of towns known only as towns (weak evidence: many are surnames).
    towns: Set,
    given: Set,
    /// Lowercase family names that are no given name, place or common word ("Hitchcock").
    surnames: Set,
    stop: Set,
    inside: Set,
    member: Set,
    work: Set,
    thing: Set,
    job: Set,
    verb: Set,
    unit: Set,
    product: Set,
    alone: Set,
    division: Set,
    presidency: Set,
    time: Set,
    title_head: Set,
    title_modifier: Set,
    title_portfolio: Set,
    role: Set,
    position: Set,
    postnominal: Set,
    org_last: Set,
    legal_form: Set,
    legal_form_abroad: Set,
    org_first: Set,
    place_last: Set,
    place_first: Set,
    facility: Set,
    venue: Set,
    speech: Set,
    at: Set,
    at_weak: Set,
    site: Set,
    thoroughfare: Set,
    particle: Set,
    adjectival: Set,
    place_of: Set,
    org_role: Set,
    media_role: Set,
    office: Set,
    product_last: Set,
    grade: Set,
    event_first: Set,
    event_last: Set,
    appositive_org: Set,
    appositive_place: Set,
    compass: Set,
    personal: Set,
    team_verb: Set,
    place_event: Set,
    school_verb: Set,
    team_noun: Set,
    team_stat: Set,
    sport: Set,
    player: Set,
    versus: Set,
    match_verb: Set,
    fixture: Set,
    host: Set,
    feature_noun: Set,
    firm_word: Set,
    generic: Set,
    common: Set,
}

/// The reference data, parsed on first use.
pub fn reference() -> &'static Reference {
    static REFERENCE: OnceLock<Reference> = OnceLock::new();
    REFERENCE.get_or_init(Reference::load)
}

/// Lines that are not blank and not `#` comments.
fn lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// `[section]` → the lowercase words under it (`_` stands for a space).
fn sections(text: &str) -> HashMap<String, Set> {
    let mut out: HashMap<String, Set> = HashMap::new();
    let mut current = String::new();
    for line in lines(text) {
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            current = name.to_string();
            continue;
        }
        let set = out.entry(current.clone()).or_default();
        for word in line.split_whitespace() {
            set.insert(word.replace('_', " ").to_lowercase());
        }
    }
    out
}

impl Reference {
    fn load() -> Reference {
        let mut r = Reference::default();
        for line in lines(COUNTRIES) {
            let mut cols = line.split('\t');
            let name = cols.next().unwrap_or_default();
            let aliases = cols.next().unwrap_or_default();
            let demonyms = cols.next().unwrap_or_default();
            let capitals = cols.next().unwrap_or_default();
            let id = r.add(name, EntityKind::Place, true);
            for alias in aliases.split('|').filter(|a| !a.is_empty()) {
                r.alias(id, alias);
            }
            for d in demonyms.split('|').filter(|d| !d.is_empty()) {
                r.demonyms.insert(d.to_lowercase());
            }
            for capital in capitals.split('|').filter(|c| !c.is_empty()) {
                r.add(capital, EntityKind::Place, false);
            }
        }
        for line in lines(ORGS)
            .chain(lines(COMPANIES))
            .chain(lines(TEAMS))
            .chain(lines(OUTLETS))
        {
            let mut names = line.split('|');
            let id = r.add(
                names.next().unwrap_or_default(),
                EntityKind::Organization,
                false,
            );
            for alias in names {
                r.alias(id, alias);
            }
        }
        for line in lines(PLACES) {
            let mut names = line.split('|');
            let id = r.add(names.next().unwrap_or_default(), EntityKind::Place, false);
            for alias in names {
                r.alias(id, alias);
            }
        }
        for line in lines(HISTORICAL) {
            let mut names = line.split('|');
            let id = r.add(names.next().unwrap_or_default(), EntityKind::Place, true);
            for alias in names {
                r.alias(id, alias);
            }
        }
        for name in lines(CITIES).chain(lines(US_STATES)) {
            r.add(name, EntityKind::Place, false);
        }
        for line in lines(FEATURES) {
            let mut names = line.split('|');
            let id = r.known.len() as u32;
            r.known.push(Known {
                name: names.next().unwrap_or_default().to_string(),
                kind: EntityKind::Place,
                country: false,
            });
            for name in line.split('|') {
                r.features.insert(squash(name), id);
            }
        }
        r.towns = lines(TOWNS).map(squash).collect();
        r.surnames = lines(SURNAMES).map(str::to_lowercase).collect();
        r.given = lines(GIVEN_NAMES)
            .chain(lines(GIVEN_NAMES_US))
            .chain(lines(GIVEN_NAMES_WORLD))
            .map(str::to_lowercase)
            .collect();
        let mut titles = sections(TITLES);
        r.title_head = titles.remove("head").unwrap_or_default();
        // "Justices", "Generals": a plural title is a title before several names.
        let plurals: Vec<String> = r
            .title_head
            .iter()
            .filter(|t| !t.ends_with('s') && !t.ends_with('.') && !t.contains(' '))
            .map(|t| format!("{t}s"))
            .collect();
        r.title_head.extend(plurals);
        r.title_modifier = titles.remove("modifier").unwrap_or_default();
        r.title_portfolio = titles.remove("portfolio").unwrap_or_default();
        r.role = titles.remove("role").unwrap_or_default();
        r.position = titles.remove("position").unwrap_or_default();
        r.postnominal = titles.remove("postnominal").unwrap_or_default();
        let mut cues = sections(CUES);
        r.org_last = cues.remove("organization").unwrap_or_default();
        r.legal_form = cues.remove("legal-form").unwrap_or_default();
        r.legal_form_abroad = cues.remove("legal-form-abroad").unwrap_or_default();
        r.legal_form.extend(r.legal_form_abroad.iter().cloned());
        r.org_last.extend(r.legal_form.iter().cloned());
        r.org_first = cues.remove("organization-first").unwrap_or_default();
        r.place_last = cues.remove("place").unwrap_or_default();
        r.place_first = cues.remove("place-first").unwrap_or_default();
        r.facility = cues.remove("facility").unwrap_or_default();
        r.venue = cues.remove("venue").unwrap_or_default();
        r.speech = cues.remove("speech").unwrap_or_default();
        r.at = cues.remove("at").unwrap_or_default();
        r.at_weak = cues.remove("at-weak").unwrap_or_default();
        r.site = cues.remove("site").unwrap_or_default();
        r.thoroughfare = cues.remove("thoroughfare").unwrap_or_default();
        r.particle = cues.remove("particle").unwrap_or_default();
        r.adjectival = cues.remove("adjectival").unwrap_or_default();
        r.place_of = cues.remove("place-of").unwrap_or_default();
        r.org_role = cues.remove("organization-role").unwrap_or_default();
        r.media_role = cues.remove("media-role").unwrap_or_default();
        r.office = cues.remove("office").unwrap_or_default();
        r.product_last = cues.remove("product-last").unwrap_or_default();
        r.grade = cues.remove("grade").unwrap_or_default();
        r.event_first = cues.remove("event-first").unwrap_or_default();
        r.event_last = cues.remove("event-last").unwrap_or_default();
        r.appositive_org = cues.remove("appositive-organization").unwrap_or_default();
        r.appositive_place = cues.remove("appositive-place").unwrap_or_default();
        r.compass = cues.remove("compass").unwrap_or_default();
        r.personal = cues.remove("personal").unwrap_or_default();
        r.team_verb = cues.remove("team-verb").unwrap_or_default();
        r.place_event = cues.remove("place-event").unwrap_or_default();
        r.school_verb = cues.remove("school-verb").unwrap_or_default();
        r.team_noun = cues.remove("team-noun").unwrap_or_default();
        r.team_stat = cues.remove("team-stat").unwrap_or_default();
        r.generic = cues.remove("generic").unwrap_or_default();
        r.feature_noun = cues.remove("feature-noun").unwrap_or_default();
        r.firm_word = cues.remove("firm-word").unwrap_or_default();
        let mut sports = sections(SPORTS);
        r.sport = sports.remove("sport").unwrap_or_default();
        r.player = sports.remove("player").unwrap_or_default();
        r.versus = sports.remove("versus").unwrap_or_default();
        r.match_verb = sports.remove("match").unwrap_or_default();
        r.fixture = sports.remove("fixture").unwrap_or_default();
        r.host = sports.remove("host").unwrap_or_default();
        let mut words = sections(WORDS);
        r.stop = words.remove("stop").unwrap_or_default();
        r.inside = words.remove("inside").unwrap_or_default();
        r.member = words.remove("member").unwrap_or_default();
        r.work = words.remove("work").unwrap_or_default();
        r.thing = words.remove("thing").unwrap_or_default();
        r.job = words.remove("job").unwrap_or_default();
        r.verb = words.remove("verb").unwrap_or_default();
        r.unit = words.remove("unit").unwrap_or_default();
        r.product = words.remove("product").unwrap_or_default();
        r.alone = words.remove("alone").unwrap_or_default();
        r.division = words.remove("division").unwrap_or_default();
        r.presidency = words.remove("presidency").unwrap_or_default();
        r.common = lines(COMMON_WORDS)
            .flat_map(str::split_whitespace)
            .map(str::to_string)
            .collect();
        r.time = words.remove("time").unwrap_or_default();
        r.demonyms
            .extend(words.remove("adjective").unwrap_or_default());
        let plurals: Vec<String> = r.demonyms.iter().map(|d| format!("{d}s")).collect();
        r.demonyms.extend(plurals);
        r
    }

    /// Adds `name` unless it is known already; returns its index either way.
    fn add(&mut self, name: &str, kind: EntityKind, country: bool) -> u32 {
        if let Some(id) = self.lookup_any(name) {
            return id;
        }
        let id = self.known.len() as u32;
        self.known.push(Known {
            name: name.to_string(),
            kind,
            country,
        });
        self.alias(id, name);
        id
    }

    fn alias(&mut self, id: u32, alias: &str) {
        // "Ernst and Young", "AT and T", "Standard and Poor's": wire copy writes "and" for a
        // name's ampersand.
        if alias.contains('&') {
            let written = alias.replace(" & ", " and ");
            let written = match written.split_once('&') {
                Some((a, b)) if !a.contains(' ') && !b.contains(' ') => format!("{a} and {b}"),
                _ => written,
            };
            if !written.contains('&') {
                self.alias(id, &written);
            }
        }
        let key = squash(alias);
        if key.is_empty() {
            return;
        }
        let mut words = alias.split_whitespace();
        // In tokens: "Royal Dutch/Shell Group" is five ("/" one of them).
        let count = alias.split_whitespace().count() + 2 * alias.matches('/').count();
        if let (Some(first), true) = (words.next(), count > 1) {
            let longest = self.first_words.entry(squash(first)).or_default();
            *longest = (*longest).max(count);
        }
        let map = if is_all_caps(alias) {
            &mut self.acronyms
        } else {
            &mut self.names
        };
        map.entry(key).or_insert(id);
    }

    fn lookup_any(&self, name: &str) -> Option<u32> {
        let key = squash(name);
        self.names
            .get(&key)
            .or_else(|| self.acronyms.get(&key))
            .copied()
    }

    /// The known entity written `text`; acronyms match only when `text` is in capitals.
    /// Spaced initials are one form with unspaced ones: "U. S." is "U.S.".
    pub fn lookup(&self, text: &str) -> Option<u32> {
        let key = squash(text);
        if key.is_empty() {
            return None;
        }
        let compact = if is_spaced_initials(text) {
            std::borrow::Cow::Owned(text.replace(' ', ""))
        } else {
            std::borrow::Cow::Borrowed(text)
        };
        if is_all_caps(&compact) {
            if let Some(&id) = self.acronyms.get(&key) {
                return Some(id);
            }
        }
        self.names.get(&key).copied()
    }

    /// The most words a known name starting with `word` has (1 if none has more).
    pub fn longest_from(&self, word: &str) -> usize {
        self.first_words.get(&squash(word)).copied().unwrap_or(1)
    }

    pub fn known(&self, id: u32) -> Option<&Known> {
        self.known.get(id as usize)
    }

    /// Whether the lowercase form of `word` is in `set`, without allocating for short
    /// ASCII words (the common case).
    fn has(set: &Set, word: &str) -> bool {
        let mut buf = [0u8; 32];
        if word.is_ascii() && word.len() <= buf.len() {
            for (b, c) in buf.iter_mut().zip(word.bytes()) {
                *b = c.to_ascii_lowercase();
            }
            return std::str::from_utf8(&buf[..word.len()]).is_ok_and(|w| set.contains(w));
        }
        set.contains(&word.to_lowercase())
    }

    /// "Russian", "Syrians", "European": words for people of a place, not the place. Also
    /// a known place's name with "i" added, as English makes the word for the people of a
    /// region of South and West Asia ("Kashmiri", "Kashmiris").
    pub fn is_demonym(&self, word: &str) -> bool {
        if Self::has(&self.demonyms, word) {
            return true;
        }
        let stem = word.strip_suffix("is").or_else(|| word.strip_suffix('i'));
        stem.is_some_and(|stem| {
            stem.chars().count() >= 4
                && is_capitalised(stem)
                && self
                    .lookup(stem)
                    .and_then(|id| self.known(id))
                    .is_some_and(|k| k.kind == EntityKind::Place)
        })
    }
    /// "Bushehr", "Newtown": a town of 15,000 inhabitants or more that no other list has.
    /// Weak evidence: towns are often named after people ("Clinton", "Obama").
    pub fn is_town(&self, name: &str) -> bool {
        self.towns.contains(&squash(name))
    }
    /// "Hitchcock", "Agrawal": a family name (Faker's locales, the US Census) that is no given
    /// name, place or common word. Weak evidence: firms are named after families too.
    pub fn is_surname(&self, word: &str) -> bool {
        Self::has(&self.surnames, word)
    }
    pub fn is_given_name(&self, word: &str) -> bool {
        Self::has(&self.given, word)
    }
    /// Function words and page furniture that never start a name.
    pub fn is_stop(&self, word: &str) -> bool {
        Self::has(&self.stop, word.trim_end_matches('.'))
    }
    /// A party's member or the party's adjective: "Democrat", "Republicans".
    pub fn is_member(&self, word: &str) -> bool {
        Self::has(&self.member, word)
    }
    /// A noun for a work or a product that news puts before its title: "the game X".
    pub fn is_work(&self, word: &str) -> bool {
        Self::has(&self.work, word)
    }
    /// A noun for a thing that news puts after a product's or a technique's name: "the X
    /// app", "X panels", "the X diet".
    pub fn is_thing(&self, word: &str) -> bool {
        Self::has(&self.thing, word)
    }
    /// Lowercase nouns for jobs, which end a job's title ("Software Developer", "General
    /// Manager"), never a name.
    pub fn is_job(&self, word: &str) -> bool {
        Self::has(&self.job, word)
    }
    /// Well-known products named by one word: "Android", "PlayStation", "MySQL".
    pub fn is_product(&self, word: &str) -> bool {
        Self::has(&self.product, word)
    }
    /// Things named by one word that are no person, organisation or place: an award
    /// ("Oscar"), a planet ("Earth"), a trade show ("CES"). Alone never an entity; inside a
    /// longer name they stay ("Oscar Pistorius", "Earth Liberation Front").
    pub fn is_alone_thing(&self, word: &str) -> bool {
        Self::has(&self.alone, word)
    }
    /// A firm's division or an outlet's section after its name: "Sport" in "BBC Sport",
    /// "Wireless" in "Verizon Wireless".
    pub fn is_division(&self, word: &str) -> bool {
        Self::has(&self.division, word)
    }
    /// The words for a leader's time in office after the leader's name: "Administration" in
    /// "the Reagan Administration", "White House" in "a Trump White House".
    pub fn is_presidency(&self, words: &str) -> bool {
        Self::has(&self.presidency, words)
    }
    /// Abbreviations of units written after a number: "151 PS", "2 GB/s".
    pub fn is_unit(&self, word: &str) -> bool {
        Self::has(&self.unit, word)
    }
    /// Verbs that press releases and headlines write with a capital after the name they tell
    /// about ("Vidyard Introduces New Features"): where a name ends.
    pub fn is_headline_verb(&self, word: &str) -> bool {
        Self::has(&self.verb, word)
    }
    /// Pronouns and verbs a name never holds after its first word: "Tell Me".
    pub fn is_never_inside(&self, word: &str) -> bool {
        Self::has(&self.inside, word)
    }
    /// Days and months.
    pub fn is_time(&self, word: &str) -> bool {
        Self::has(&self.time, word)
    }
    pub fn is_title_head(&self, word: &str) -> bool {
        Self::has(&self.title_head, word)
    }
    pub fn is_title_modifier(&self, word: &str) -> bool {
        Self::has(&self.title_modifier, word)
    }
    pub fn is_title_portfolio(&self, word: &str) -> bool {
        Self::has(&self.title_portfolio, word)
    }
    /// Lowercase nouns such as "spokesman" that introduce a person's name.
    pub fn is_role(&self, word: &str) -> bool {
        Self::has(&self.role, word) || Self::has(&self.position, word)
    }
    /// "quarterback", "novelist", "suspect": a role only a person holds (a [`is_role`] word
    /// too).
    ///
    /// [`is_role`]: Reference::is_role
    pub fn is_position(&self, word: &str) -> bool {
        Self::has(&self.position, word)
    }
    /// "OBE", "MP", "PhD" after a name: honours, offices and degrees, written with two
    /// capitals or more (or a final dot: "Esq."), that are no part of the name.
    pub fn is_postnominal(&self, word: &str) -> bool {
        let capitals = word.chars().filter(|c| c.is_uppercase()).count();
        (capitals >= 2 || word.ends_with('.')) && Self::has(&self.postnominal, word)
    }
    /// "office", "plant", "headquarters": a firm's premises ("Facebook's Palo Alto office").
    pub fn is_site(&self, word: &str) -> bool {
        Self::has(&self.site, word)
    }
    /// "Street", "Highway", "Mall": a road's or a square's last word ("King Street", "Princes
    /// Highway": the title's word names the road).
    pub fn is_thoroughfare(&self, word: &str) -> bool {
        Self::has(&self.thoroughfare, word)
    }
    pub fn is_org_last(&self, word: &str) -> bool {
        Self::has(&self.org_last, word)
    }
    /// A firm's legal form, which ends its name ("Corp", "Inc.", "AG", "SpA"): an
    /// organisation's last word ([`Reference::is_org_last`]) that no person's name ends in.
    pub fn is_legal_form(&self, word: &str) -> bool {
        Self::has(&self.legal_form, word)
    }
    /// "AB", "Oy", "NV": a legal form of firms outside the English-speaking world (one of
    /// [`Reference::is_legal_form`]), which such firms also write before their name ("AB
    /// Volvo", "Forvaltnings AB X"); "Co" before a name is an Irish county ("Co Kerry").
    pub fn is_legal_form_abroad(&self, word: &str) -> bool {
        Self::has(&self.legal_form_abroad, word)
    }
    pub fn is_org_first(&self, word: &str) -> bool {
        Self::has(&self.org_first, word)
    }
    pub fn is_place_last(&self, word: &str) -> bool {
        Self::has(&self.place_last, word)
    }
    pub fn is_place_first(&self, word: &str) -> bool {
        Self::has(&self.place_first, word)
    }
    /// Whether `last`, after `before`, ends a facility's name: "Observatory", "Studio" (a
    /// place unless someone is said to work there), or "Centre"/"Center" after a word that
    /// makes a building of it ("World Trade Centre", "Convention Center").
    pub fn is_facility(&self, before: &str, last: &str) -> bool {
        Self::has(&self.facility, last)
            || matches!(last, "Centre" | "Center") && Self::has(&self.venue, before)
    }
    pub fn is_speech(&self, word: &str) -> bool {
        Self::has(&self.speech, word)
    }
    /// Prepositions before places: 2 for strong ones ("in"), 1 for weak ones ("at").
    pub fn place_preposition(&self, word: &str) -> i32 {
        if Self::has(&self.at, word) {
            2
        } else if Self::has(&self.at_weak, word) {
            1
        } else {
            0
        }
    }
    /// Lowercase parts of names: "de", "bin", "al".
    pub fn is_particle(&self, word: &str) -> bool {
        Self::has(&self.particle, word.trim_end_matches('-'))
    }
    /// Roles that follow an organisation's name: "X spokesman".
    pub fn is_org_role(&self, word: &str) -> bool {
        Self::has(&self.org_role, word)
    }
    /// An outlet's journalists after its name: "X reporter", "X columnist".
    pub fn is_media_role(&self, word: &str) -> bool {
        Self::has(&self.media_role, word)
    }
    /// "Prime" in "Amazon Prime": a word that ends the name of a product or a service.
    pub fn is_product_last(&self, word: &str) -> bool {
        Self::has(&self.product_last, word)
    }
    /// "Intermediate" in "West Texas Intermediate": a word that makes a commodity's grade of
    /// a place's name.
    pub fn is_grade(&self, word: &str) -> bool {
        Self::has(&self.grade, word)
    }
    /// Lowercase nouns for the people of an institution, before "of", "at" or "with" and its
    /// name: "director of X", "analyst at X".
    pub fn is_office(&self, word: &str) -> bool {
        Self::has(&self.office, word)
    }
    /// Place words that take "of": "Gulf of ...", "Republic of ...".
    pub fn is_place_of(&self, word: &str) -> bool {
        Self::has(&self.place_of, word)
    }
    /// Whether words starting or ending a name make it an event ("Hurricane X", "X Treaty").
    pub fn is_event(&self, first: &str, last: &str) -> bool {
        Self::has(&self.event_first, first) || Self::has(&self.event_last, last)
    }
    /// The kind a noun in an apposition gives a name: ", the carmaker," → organisation.
    pub fn appositive(&self, noun: &str) -> Option<EntityKind> {
        if self.is_role(noun) {
            Some(EntityKind::Person)
        } else if Self::has(&self.appositive_org, noun) {
            Some(EntityKind::Organization)
        } else if Self::has(&self.appositive_place, noun) {
            Some(EntityKind::Place)
        } else {
            None
        }
    }
    /// "wife", "lawyer", "funeral": what a person has, after a possessive ("X's wife").
    pub fn is_personal(&self, word: &str) -> bool {
        Self::has(&self.personal, word)
    }
    /// "graduated", "studied": before "from" or "at" and a school's name.
    pub fn is_school_verb(&self, word: &str) -> bool {
        Self::has(&self.school_verb, word)
    }
    /// "shooting", "massacre", "earthquake": what happens at a place ("the Newtown shooting").
    pub fn is_place_event(&self, word: &str) -> bool {
        Self::has(&self.place_event, word)
    }
    /// "beat", "defeated", "edged": what one team does to another ("beat Georgia").
    pub fn is_team_verb(&self, word: &str) -> bool {
        Self::has(&self.team_verb, word)
    }
    /// "coach", "quarterback", "roster": what a team has ("Miami's coach").
    pub fn is_team_noun(&self, word: &str) -> bool {
        Self::has(&self.team_noun, word)
    }
    /// "points", "goals", "yards": what a player scores for a team ("33 points for Miami").
    pub fn is_team_stat(&self, word: &str) -> bool {
        Self::has(&self.team_stat, word)
    }
    /// The geographic feature written `name` ("Amazon", "Alps"; features.txt): a place where
    /// the text writes it as a feature, whatever else the name is.
    pub fn feature(&self, name: &str) -> Option<u32> {
        self.features.get(&squash(name)).copied()
    }
    /// "management", "shareholders", "common": what only a firm has, after its name or its
    /// possessive ("X's management", "X common shares"); not "shares" alone ("London shares").
    pub fn is_firm_word(&self, word: &str) -> bool {
        Self::has(&self.firm_word, word)
    }
    /// "rainforest", "delta", "valley": a feature's noun after its name ("the Amazon
    /// rainforest").
    pub fn is_feature_noun(&self, word: &str) -> bool {
        Self::has(&self.feature_noun, word)
    }
    /// "shortstop", "wickets", "playoffs": a word only sports copy writes (sports.txt).
    pub fn is_sport_word(&self, word: &str) -> bool {
        Self::has(&self.sport, word)
    }
    /// "captain", "striker", "bullpen": who or what a team has, after its possessive
    /// ("Brazil's striker"); a [`Reference::is_team_noun`] word too.
    pub fn is_player(&self, word: &str) -> bool {
        Self::has(&self.player, word) || self.is_team_noun(word)
    }
    /// "against", "v", "vs.": before the team a team plays.
    pub fn is_versus(&self, word: &str) -> bool {
        Self::has(&self.versus, word)
    }
    /// "beat", "lost", "drew", "hosted": what a team does in a match; a
    /// [`Reference::is_team_verb`] word too.
    pub fn is_match_verb(&self, word: &str) -> bool {
        Self::has(&self.match_verb, word) || self.is_team_verb(word)
    }
    /// "Test", "match", "series": what a team plays or goes into (sports.txt `[fixture]`).
    pub fn is_fixture(&self, word: &str) -> bool {
        Self::has(&self.fixture, word)
    }
    /// "host", "stages", "venue": what a city or a country does as a venue (sports.txt
    /// `[host]`).
    pub fn is_host(&self, word: &str) -> bool {
        Self::has(&self.host, word)
    }
    /// "East", "Greater": words that make a new place of a known one ("East Germany").
    pub fn is_compass(&self, word: &str) -> bool {
        Self::has(&self.compass, word)
    }
    /// "Court", "Commission", "Governments": institution words (and their plurals) that never
    /// name an entity alone.
    pub fn is_generic(&self, word: &str) -> bool {
        Self::has(&self.generic, word)
            || word
                .strip_suffix("ies")
                .is_some_and(|stem| Self::has(&self.generic, &format!("{stem}y")))
            || word
                .strip_suffix('s')
                .is_some_and(|stem| Self::has(&self.generic, stem))
    }
    /// "fun", "net", "court": a common English word, written in lowercase in ordinary text.
    /// A plural is common when its singular is ("Treasuries", "Contractors").
    pub fn is_common_word(&self, word: &str) -> bool {
        if Self::has(&self.common, word) {
            return true;
        }
        let singular = |stem: &str, end: &str| Self::has(&self.common, &format!("{stem}{end}"));
        match word.strip_suffix("ies") {
            Some(stem) if singular(stem, "y") => true,
            _ => word
                .strip_suffix('s')
                .is_some_and(|stem| stem.chars().count() >= 3 && singular(stem, "")),
        }
    }
    /// "backed", "led": words that make "X-backed" an adjective.
    pub fn is_adjectival(&self, word: &str) -> bool {
        Self::has(&self.adjectival, word)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_names_ampersand_may_be_written_and() {
        let r = reference();
        let ey = r.lookup("Ernst & Young");
        assert!(ey.is_some());
        assert_eq!(r.lookup("Ernst and Young"), ey);
        assert_eq!(r.longest_from("Ernst"), 3);
        let att = r.lookup("AT&T");
        assert!(att.is_some());
        assert_eq!(r.lookup("AT and T"), att);
        assert!(r.lookup("Standard and Poor's").is_some());
    }

    #[test]
    fn countries_and_their_other_names_share_one_entry() {
        let r = reference();
        let us = r.lookup("United States");
        assert!(us.is_some());
        assert_eq!(r.lookup("U.S."), us);
        assert_eq!(r.lookup("US"), us);
        assert_eq!(r.lookup("America"), us);
        assert_eq!(r.lookup("Russian Federation"), r.lookup("Russia"));
        assert_eq!(r.lookup("Kiev"), r.lookup("Kyiv"));
        // Older spellings that wire copy of the 1980s writes.
        assert_eq!(r.lookup("Teheran"), r.lookup("Tehran"));
        assert_eq!(r.lookup("Leningrad"), r.lookup("Saint Petersburg"));
        assert!(r.known(us.unwrap_or(u32::MAX)).is_some_and(|k| k.country));
    }

    #[test]
    fn acronyms_match_only_in_capitals() {
        let r = reference();
        assert!(r.lookup("WHO").is_some());
        assert_eq!(r.lookup("Who"), None);
        assert_eq!(r.lookup("U.N."), r.lookup("United Nations"));
        assert_eq!(r.lookup("ISIL"), r.lookup("Daesh"));
        assert_eq!(r.lookup("U. S."), r.lookup("U.S."));
        assert_eq!(r.lookup("U. N."), r.lookup("UN"));
    }

    #[test]
    fn historical_countries_are_places() {
        let r = reference();
        for name in [
            "Soviet Union",
            "USSR",
            "East Germany",
            "Yugoslavia",
            "Czechoslovakia",
            "Zaire",
        ] {
            let known = r.lookup(name).and_then(|id| r.known(id));
            assert!(
                known.is_some_and(|k| k.kind == EntityKind::Place && k.country),
                "{name}"
            );
        }
        assert_eq!(r.lookup("U.S.S.R."), r.lookup("Soviet Union"));
        assert!(r.lookup("Burma").is_some());
    }

    #[test]
    fn word_lists_are_loaded() {
        let r = reference();
        assert!(r.is_demonym("Syrian") && r.is_demonym("Russians") && r.is_demonym("European"));
        assert!(r.is_given_name("Sergei"));
        assert!(r.is_stop("However") && r.is_time("Monday"));
        assert!(r.is_title_head("Secretary-General") && r.is_title_modifier("Foreign"));
        assert!(r.is_org_last("Council") && r.is_place_last("River") && r.is_speech("said"));
        assert_eq!(r.place_preposition("in"), 2);
        assert!(r.is_particle("al-") && r.is_role("spokesman"));
        assert!(r.known.len() > 2500);
        assert!(r.is_common_word("Fun") && r.is_common_word("court"));
        assert!(r.is_common_word("Lotteries") && r.is_common_word("Abductions"));
        assert!(!r.is_common_word("Kerrys") && !r.is_common_word("Dallases"));
        assert!(!r.is_common_word("Kerry") && !r.is_common_word("Dallas"));
        assert!(r.is_given_name("Dustin") && r.is_given_name("Walter"));
    }
}
