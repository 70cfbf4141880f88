//! Finding the names in a block of text: runs of capitalised words, cut at titles, cleaned
//! of sentence-initial capitals, leading "the", demonyms and possessives, each with the
//! evidence its context gives for its kind.

use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;

use super::acronyms;
use super::classify::{
    is_brand_cased, is_street_compound, site_name, Evidence, Signals, Weighed, Words,
};
use super::data::{Fnv, Reference};
use super::names::{display, is_all_caps, is_capitalised, is_contraction, is_dotted_initials};
use super::text::Token;
use crate::article::EntityKind;
use crate::quotes::words;

/// "Jr.", "III": words after a personal name that are not the surname.
pub fn is_name_suffix(word: &str) -> bool {
    matches!(word, "Jr." | "Jr" | "Sr." | "Sr" | "II" | "III" | "IV")
}

/// The words that name a storm before its name, in either case: "storm Abigail",
/// "Hurricane Sandy", "Tropical Storm Hermine", "Superstorm Sandy".
fn is_storm_word(word: &str) -> bool {
    [
        "storm",
        "hurricane",
        "typhoon",
        "cyclone",
        "tropical",
        "superstorm",
    ]
    .iter()
    .any(|s| word.eq_ignore_ascii_case(s))
}

/// The words after a possessive that make it part of an event's name: "the America's Cup",
/// "New Year's Eve", "St Patrick's Day", "the Queen's Trophy". From general sports and
/// calendar usage.
fn is_possessive_event(word: &str) -> bool {
    matches!(word, "Cup" | "Day" | "Eve" | "Trophy" | "Shield")
}

/// Words for aircraft, ships and weapons that news writes after a model's code ("B-52
/// bombers", "F-16 fighter jets", "T-72 tanks"), in the singular. From general news usage.
const CRAFT_WORDS: &[&str] = &[
    "bomber",
    "fighter",
    "jet",
    "jetliner",
    "plane",
    "aircraft",
    "airliner",
    "helicopter",
    "gunship",
    "transport",
    "tanker",
    "missile",
    "rocket",
    "tank",
    "warship",
    "frigate",
    "destroyer",
    "submarine",
    "rifle",
];

/// Nouns for military craft and missiles that news writes after a model's name ("Apache
/// helicopters", "Silkworm missiles"), in the singular; not "fighter" ("Taliban fighters")
/// nor an airliner's words ("a Qantas jet"). From general news usage.
const MODEL_CRAFT_WORDS: &[&str] = &[
    "helicopter",
    "gunship",
    "warplane",
    "bomber",
    "missile",
    "rocket",
    "drone",
    "warship",
    "frigate",
    "destroyer",
    "submarine",
    "rifle",
];

/// Words for a craft's role that news writes between a model's name and the craft's noun
/// ("Apache combat helicopters", "Tomahawk cruise missiles").
const CRAFT_ROLES: &[&str] = &[
    "combat",
    "attack",
    "cruise",
    "patrol",
    "spy",
    "assault",
    "fighter",
    "transport",
    "gunship",
];

/// Words that name a crude oil's grade after its field's or port's name ("Basra Light",
/// "Arab Heavy", "West Texas Intermediate", "Louisiana Sweet", "Kuwait Blend"). From the oil
/// trade's usage.
const CRUDE_GRADE_WORDS: &[&str] = &[
    "Light",
    "Heavy",
    "Medium",
    "Sweet",
    "Sour",
    "Blend",
    "Intermediate",
];

/// Nouns for a ship that news writes before its name ("the tanker Sea Isle City", "the cargo
/// ship Tampa"), in the singular. From general news usage.
const VESSEL_WORDS: &[&str] = &[
    "ship",
    "tanker",
    "supertanker",
    "vessel",
    "freighter",
    "frigate",
    "destroyer",
    "warship",
    "cruiser",
    "submarine",
    "yacht",
    "ferry",
    "liner",
    "trawler",
    "boat",
];

/// "HDTV-filling", "MoCA-powered", "Liberian-American", "Xbox-only": a hyphenated adjective,
/// not a name.
fn is_compound_adjective(word: &str, r: &Reference) -> bool {
    let Some((head, tail)) = word.rsplit_once('-') else {
        return false;
    };
    let lower_tail = tail.chars().next().is_some_and(char::is_lowercase);
    // "Matrix-like", "Xbox-only", "Dark Souls-ian": a suffix that makes an adjective of a
    // name.
    let suffix = matches!(
        tail,
        "like" | "only" | "esque" | "ish" | "ian" | "themed" | "free"
    );
    r.is_demonym(head) && r.is_demonym(tail)
        || lower_tail && (["ed", "ing"].iter().any(|s| tail.ends_with(s)) || suffix)
}

/// "Googled", "Googling", "Skyped", "Ubering": a known firm's name made a verb is no name.
fn is_brand_verb_form(word: &str, r: &Reference) -> bool {
    let firm = |stem: &str| {
        stem.chars().count() >= 3
            && r.lookup(stem)
                .and_then(|id| r.known(id))
                .is_some_and(|k| k.kind == EntityKind::Organization)
    };
    let ed = word
        .strip_suffix("ed")
        .is_some_and(|stem| firm(stem) || firm(&format!("{stem}e")));
    let ing = word
        .strip_suffix("ing")
        .is_some_and(|stem| firm(stem) || firm(&format!("{stem}e")));
    !is_all_caps(word) && (ed || ing)
}

/// "NASA-inspired", "Heritage-designated", "Souls-ian", "Matrix-like": a name made an adjective
/// by a hyphen and a lowercase participle or suffix. A short "-ing" ("Hsiao-ping") and a tail
/// that is no participle ("Sang-hyeok") are parts of a personal name.
fn is_name_adjective(word: &str) -> bool {
    let Some((head, tail)) = word.rsplit_once('-') else {
        return false;
    };
    is_capitalised(head)
        && tail.chars().next().is_some_and(char::is_lowercase)
        && (tail.len() >= 5 && (tail.ends_with("ed") || tail.ends_with("ing"))
            || matches!(
                tail,
                "like" | "only" | "esque" | "ish" | "ian" | "themed" | "free"
            ))
}

/// "MS-04", "Soyuz-FG", "Su-25": a model's designation, a word of two letters or more, a
/// hyphen and a code of digits (or of one or two capitals after a word not in capitals and
/// no given name): a product, not a name ("G-20", "ISIS-K" and "Jay-Z" stay).
fn is_model_code(word: &str, r: &Reference) -> bool {
    let Some((head, code)) = word.rsplit_once('-') else {
        return false;
    };
    let letters = head.chars().filter(|c| c.is_alphabetic()).count();
    let digits = !code.is_empty() && code.bytes().all(|b| b.is_ascii_digit());
    let caps = (1..=2).contains(&code.len())
        && code.bytes().all(|b| b.is_ascii_uppercase())
        && !is_all_caps(head)
        && !r.is_given_name(head);
    letters >= 2 && (digits || caps)
}

/// "TypeError", "NullPointerException", "QunitTests": a programming identifier, words run
/// together in capitals and ending in a word for a program's error or test.
fn is_code_identifier(word: &str) -> bool {
    let humps = word
        .as_bytes()
        .windows(2)
        .filter(|p| p[0].is_ascii_lowercase() && p[1].is_ascii_uppercase())
        .count();
    humps >= 1
        && ["Error", "Exception", "Test", "Tests", "TestCase"]
            .iter()
            .any(|end| word.ends_with(end) && word.len() > end.len())
}

/// "Node.js", "React.js", "ReactJS", "AngularJS": a JavaScript library, software named by
/// the file ending of its language (after a dot, or in capitals after a lowercase letter).
fn is_script_library(word: &str) -> bool {
    let dotted = word
        .get(word.len().saturating_sub(3)..)
        .is_some_and(|end| end.eq_ignore_ascii_case(".js"));
    let camel = word
        .strip_suffix("JS")
        .is_some_and(|stem| stem.chars().last().is_some_and(char::is_lowercase));
    word.len() > 3 && (dotted || camel)
}

/// The kind a noun of a group gives its members, singular or plural: "cities" → place.
fn group_kind(r: &Reference, noun: &str) -> Option<EntityKind> {
    r.appositive(noun)
        .or_else(|| {
            noun.strip_suffix("ies")
                .and_then(|stem| r.appositive(&format!("{stem}y")))
        })
        .or_else(|| noun.strip_suffix('s').and_then(|stem| r.appositive(stem)))
        .filter(|&kind| kind != EntityKind::Person || r.appositive(noun).is_some())
}

/// "Treasuries", "States": the plural of a word of titles' portfolios ("Secretary of the
/// Treasury", "Secretary of State") names bonds or members, never one body or place.
fn is_portfolio_plural(word: &str, r: &Reference) -> bool {
    let singulars = [
        word.strip_suffix("ies").map(|stem| format!("{stem}y")),
        word.strip_suffix('s').map(str::to_string),
    ];
    word.chars().count() >= 4
        && !r.is_title_portfolio(word)
        && singulars.iter().flatten().any(|s| r.is_title_portfolio(s))
}

/// "DVRs", "CEOs": a plural of capitals is a common noun, not a name.
fn is_plural_acronym(word: &str) -> bool {
    word.strip_suffix('s')
        .is_some_and(|stem| stem.chars().count() >= 2 && is_all_caps(stem))
}

/// "New Yorkers", "Londoners", "Chicagoans", "Bostonians", "Californians": the people of a
/// known place, named in the plural by its name and an ending, are no entity.
fn is_people_of_place(words: &[String], r: &Reference) -> bool {
    let Some((last, before)) = words.split_last() else {
        return false;
    };
    if !last.ends_with("ns") && !last.ends_with("ers") {
        return false;
    }
    ["ers", "ians", "ans", "ns"].iter().any(|end| {
        last.strip_suffix(end).is_some_and(|stem| {
            let name = match before {
                [] => Cow::Borrowed(stem),
                _ => Cow::Owned(format!("{} {stem}", before.join(" "))),
            };
            stem.chars().count() >= 3
                && r.lookup(&name)
                    .and_then(|id| r.known(id))
                    .is_some_and(|k| k.kind == EntityKind::Place)
        })
    })
}

/// Words that count what follows them: a plural name after one is a count of things.
const QUANTIFIERS: &[&str] = &[
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "dozens",
    "hundreds",
    "thousands",
    "many",
    "most",
    "several",
    "few",
    "some",
    "all",
    "other",
    "these",
    "those",
    "both",
    "more",
    "fewer",
];

/// "A-list", "A-listers", "T-shirt", "X-ray", "U-turn": a capital letter alone, a hyphen and
/// a lowercase word make a common noun, never a name ("T-Mobile", "X-Men" and "Al-Jazeera"
/// have a capital or more letters before the hyphen).
fn is_letter_compound(word: &str) -> bool {
    let mut chars = word.chars();
    matches!(
        (chars.next(), chars.next(), chars.next()),
        (Some(l), Some('-'), Some(c)) if l.is_ascii_uppercase() && c.is_lowercase()
    )
}

/// "the iPad Pro", "the PlayStation 4 Pro", "users of Pro, Teams and Business plans": the
/// words that name a product's edition or a plan's tier after its name, or alone, and that
/// no person, organisation or place is called alone.
const EDITION_WORDS: &[&str] = &["Pro", "Plus", "Lite", "Ultra"];

/// The most words (or known names) a name is made of.
const MAX_NAME_UNITS: usize = 12;

/// One name found in the text.
#[derive(Debug, Clone, Default)]
pub struct Candidate {
    /// Index of the block, or [`crate::Mention::TITLE`].
    pub block: u32,
    pub start: u32,
    pub end: u32,
    /// The words as written, possessive and leading "the" removed.
    pub words: Vec<String>,
    text: String,
    name_count: usize,
    /// The known entity this name is, from reference data.
    pub reference: Option<u32>,
    pub evidence: Evidence,
    /// An acronym written in parentheses right after it: `Long Name (LN)`.
    pub defines: Option<String>,
    /// Index (in the same list) of a name joined to this one by "and", "or" or a comma.
    pub coordinated: Option<usize>,
    /// A plural title came before it: "Presidents X and Y" makes Y a person too.
    pub plural_title: bool,
    /// Its first word starts a sentence, where a capital proves nothing.
    pub initial: bool,
    /// A nickname in quotes inside the name (`Lee “Faker” Sang-hyeok`), which names the
    /// person alone too.
    pub nickname: Option<String>,
    /// Two name words or more, every one an ordinary word ("Member States", "Social
    /// Security", "News Feed"), with nothing else (reference data, a head word, a given
    /// name, a title, a capital "The") saying it is a name.
    pub plain: bool,
    /// It names an event, not a person, organisation or place: "Worlds 2013" (a year after
    /// it), "storm Abigail", "Black Friday" (a common word before a weekday).
    pub event: bool,
    /// A noun for a work or a product right before it: "the online game X", "the sitcom X".
    pub work: bool,
    /// One of a list of works or products that a plural noun names: "games like X, Y and
    /// Z", "X, Y and other technologies".
    listed_work: bool,
    /// A noun for a thing right after it: "the X app", "dual X panels", "the X diet".
    pub thing: bool,
    /// An acronym in brackets after the lowercase words it stands for: "excess reserves
    /// (ER)", a term, not a name.
    pub spelled: bool,
    /// It names a sports team or a magazine, not the place it is named after: "No. 5
    /// Florida", "beat Georgia", "Miami's coach", "Boston (12-3)", "by New York magazine".
    pub team: bool,
    /// It opens the article as its dateline ("BOSTON —", "DENVER (AP) —"): where the story
    /// was filed, a place.
    pub dateline: bool,
    /// One word right before a lowercase word, where an adjective stands: "Keynesian
    /// toolbox", "Apple stores".
    pub modifier: bool,
    /// The gender a title or a role noun right before it tells ("Mr." `Some(true)`, "Ms.",
    /// "Queen" or "his daughter" `Some(false)`): "Mr. Trump" is no "Ivanka Trump".
    pub courtesy: Option<bool>,
    /// After a title that tells no gender, the gender of "he", "his" or "she" later in its
    /// sentence ("President Obama's administration achieved the platform he promised"):
    /// weak alone ("Dr. Lee treated the boy after he fell"), counted over the article.
    pub referred: Option<bool>,
}

impl Candidate {
    /// Whether a title or a role noun before it marks the name as a person's ("Mr.
    /// Halloway", "Chairman Halloway"), whether or not it tells a gender.
    pub fn titled(&self) -> bool {
        self.courtesy.is_some() || self.referred.is_some()
    }

    /// The name as written: "Bashar al-Assad".
    pub fn text(&self) -> &str {
        &self.text
    }

    /// How many of its words are names rather than connectors.
    pub fn name_count(&self) -> usize {
        self.name_count
    }

    /// A single word in capitals: "NATO", "U.N.".
    pub fn is_acronym(&self) -> bool {
        self.words.len() == 1 && self.words.first().is_some_and(|w| is_all_caps(w))
    }

    pub fn words_str(&self) -> Vec<&str> {
        self.words.iter().map(String::as_str).collect()
    }

    /// Words that are names rather than connectors such as "of" or "bin".
    pub fn name_words(&self) -> Vec<&str> {
        self.words
            .iter()
            .map(String::as_str)
            .filter(|w| {
                is_capitalised(w)
                    || w.contains('-') && !w.ends_with('-')
                    // "Channel 4", "Philadelphia 76ers".
                    || w.starts_with(|c: char| c.is_ascii_digit())
            })
            .collect()
    }
}

/// A run of capitalised words in a Title Case headline: matched later against the names
/// found in running text, since capitals there say nothing.
#[derive(Debug, Clone)]
pub struct HeadlineRun {
    pub block: u32,
    /// `(start, end, word)` for each word.
    pub words: Vec<(u32, u32, String)>,
}

/// How often each word is written with and without a capital away from sentence starts.
#[derive(Debug, Default)]
pub struct CapsStats {
    counts: HashMap<String, (u32, u32), BuildHasherDefault<Fnv>>,
}

impl CapsStats {
    pub fn count(&mut self, text: &str, tokens: &[Token]) {
        for t in tokens.iter().filter(|t| t.word && !t.sentence_start) {
            let w = t.text(text);
            let capitalised = is_capitalised(w);
            let key = if capitalised {
                Cow::Owned(w.to_lowercase())
            } else {
                Cow::Borrowed(w)
            };
            let entry = match self.counts.get_mut(key.as_ref()) {
                Some(entry) => entry,
                None => self.counts.entry(key.into_owned()).or_default(),
            };
            if capitalised {
                entry.0 += 1;
            } else {
                entry.1 += 1;
            }
        }
    }

    /// Whether `word` is written in lowercase somewhere away from sentence starts.
    pub fn seen_lowercase(&self, word: &str) -> bool {
        self.counts
            .get(&word.to_lowercase())
            .is_some_and(|&(_, lower)| lower > 0)
    }

    /// Whether `word` is a common word: written in lowercase away from sentence starts more
    /// often than capitalised.
    pub fn is_common(&self, word: &str) -> bool {
        self.counts
            .get(&word.to_lowercase())
            .is_some_and(|&(caps, lower)| lower > caps)
    }

    /// Whether `word` is an ordinary word rather than a name: written in lowercase away from
    /// sentence starts more often than capitalised, or, when the collection uses it too
    /// little to tell (fewer than 5 times away from a sentence start), a common English word
    /// of the reference list.
    pub fn is_ordinary(&self, word: &str, reference: &Reference) -> bool {
        match self.counts.get(&word.to_lowercase()) {
            Some(&(caps, lower)) if caps + lower >= 5 => lower > caps,
            Some(&(caps, lower)) if lower > caps => true,
            _ => reference.is_common_word(word),
        }
    }

    /// Whether `word` is capitalised for its own sake: seen capitalised mid-sentence at least
    /// as often as in lowercase.
    pub fn is_name_like(&self, word: &str) -> bool {
        self.counts
            .get(&word.to_lowercase())
            .is_some_and(|&(caps, lower)| caps > 0 && caps >= lower)
    }
}

/// A stretch of one or more tokens that acts as one word: a single token, a name known
/// from reference data ("United States"), or a connector ("of", "bin").
#[derive(Debug, Clone, Copy)]
struct Unit {
    first: usize,
    last: usize,
    reference: Option<u32>,
    connector: bool,
    /// A nickname in quotes inside a personal name: "Faker" in `Lee “Faker” Sang-hyeok`.
    nickname: bool,
}

impl Unit {
    /// Token `k` as a connector inside a name ("of", "and", a comma).
    fn connector(k: usize) -> Unit {
        Unit {
            first: k,
            last: k,
            reference: None,
            connector: true,
            nickname: false,
        }
    }
}

/// What a name's surroundings say.
#[derive(Debug, Default, Clone, Copy)]
struct Context {
    role_before: bool,
    /// "quarterback X", "novelist X": a role only a person holds.
    position_before: bool,
    speech_before: bool,
    preposition: i32,
    the_before: bool,
    speech_after: bool,
    place_after: bool,
    /// The kind a noun in apposition gives: "X, the carmaker," or "the capital, X".
    appositive: Option<EntityKind>,
    /// "NAIROBI, Kenya —", "WASHINGTON (Reuters) —": the place opening a block, in capitals or
    /// before an agency in brackets, then a comma or dash.
    dateline: bool,
    /// "(Reuters)" in "WASHINGTON (Reuters) —": the agency of a dateline.
    dateline_agency: bool,
    /// "Borno state", "Kherson region", "Maxim magazine": the kind of a place or organisation
    /// noun right after the name.
    noun_after: Option<EntityKind>,
    /// "X spokesman Y": a role after the name.
    org_role_after: bool,
    /// "X reporter", "X star blogger": an outlet's journalist after its name.
    media_role_after: bool,
    /// The kind of a group the name is one of: "Tuscaloosa and other cities", "companies
    /// such as Veltra".
    one_of: Option<EntityKind>,
    /// "Beverly Jones, from Newington,": where a person comes from.
    hometown: bool,
    /// "the upper Midwest": "the" and a lowercase word before the name.
    the_qualified: bool,
    /// "director of X" (4), "an analyst at X" (3): where someone works.
    office_before: i32,
    /// "consulting firm X", "the app X": an organisation noun right before the name.
    org_noun_before: bool,
    /// "developer X", "publisher X": an organisation noun that is also a person's trade.
    trade_before: bool,
    /// "the regional capital of X", "eastern X": a place noun and "of", or a lowercase compass
    /// word, right before the name.
    place_before: bool,
    /// "X, which ...": a thing, not a person (people take "who").
    which_after: bool,
    /// "the online game X", "the sitcom X": a noun for a work or a product right before the
    /// name.
    work_before: bool,
    /// "the X app", "dual X panels", "the X diet": a noun for a thing right after the name,
    /// which makes the name its modifier, a product's or a technique's.
    work_after: bool,
    /// "games like X", "varieties such as X", "X and other technologies": one of the works
    /// or products a plural noun names.
    work_group: bool,
    /// "X said he", "X, who", "X's wife", "X, 45,": what only a person does or has.
    personal_after: bool,
    /// "X said its", "X and its": what a person is never called.
    its_after: bool,
    /// "No. 5 X", "beat X", "X's coach", "X (12-3)": a sports team; "by X magazine": a
    /// magazine.
    team: bool,
    /// "X, Inc.", "X, LLC": a firm's suffix after a comma.
    firm_suffix: bool,
}

/// Finds names in one block.
pub struct Finder<'a> {
    pub reference: &'a Reference,
    pub caps: &'a CapsStats,
    pub block: u32,
    pub text: &'a str,
    pub tokens: &'a [Token],
}

impl Finder<'_> {
    fn word(&self, k: usize) -> &str {
        self.tokens.get(k).map_or("", |t| t.text(self.text))
    }

    /// "Katie Moss, MD, PhD", "Dan Ortiz, RN.": a short word in capitals after a comma that
    /// follows a given name and a surname (a title before them at most), or before a comma
    /// and a known post-nominal, is the person's degree ("Springfield, MO", "New York City,
    /// NY" stay states).
    fn degree_after_name(&self, k: usize) -> bool {
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

    /// "the Oklahoma Sheriffs' Association Board of Directors", "FSF's Board of Directors": a
    /// body's board after its name or its possessive ("Board of Directors", "of Trustees", "of
    /// Governors", "of Regents") is no part of the body's name, which ends before it
    /// ("National Police Board" stays).
    fn governing_board_at(&self, run: &[Unit], k: usize) -> bool {
        // "the X Association Board of ...", "FSF's Board of ...".
        let body = run.last().is_some_and(|u| {
            self.reference.is_org_last(self.word(u.last)) && run.len() >= 2
                || self.tokens.get(u.last).is_some_and(|t| t.possessive)
        });
        body && self.is_board(k)
    }

    /// "Board of Directors", "of Trustees", "of Governors", "of Regents", "of Supervisors"
    /// from token `k`.
    fn is_board(&self, k: usize) -> bool {
        self.word(k) == "Board"
            && self.word(k + 1) == "of"
            && matches!(
                self.word(k + 2),
                "Directors" | "Trustees" | "Governors" | "Regents" | "Supervisors"
            )
    }

    /// The gender of "he", "his" or "she" after the name ending at token `last`, in the same
    /// sentence with no capitalised word or gendered noun between ("President Obama's
    /// administration achieved the platform he promised"; not "... told the boy he").
    fn pronoun_after(&self, last: usize) -> Option<bool> {
        for k in last + 1..last + 12 {
            let t = self.tokens.get(k)?;
            if !t.word {
                if matches!(self.punct(k), Some('.' | '!' | '?' | ';' | ':')) {
                    return None;
                }
                continue;
            }
            let w = self.word(k);
            if t.sentence_start || is_capitalised(w) {
                return None;
            }
            match w {
                "he" | "his" => return Some(true),
                "she" => return Some(false),
                _ if words::gender(w).is_some() => return None,
                _ => {}
            }
        }
        None
    }

    fn is_word(&self, k: usize) -> bool {
        self.tokens.get(k).is_some_and(|t| t.word)
    }

    fn punct(&self, k: usize) -> Option<char> {
        self.tokens
            .get(k)
            .filter(|t| !t.word)
            .and_then(|t| t.text(self.text).chars().next())
    }

    /// "ABC Sports", "BBC Sport": a known organisation (no country) and a division's word.
    fn division_of_known(&self, units: &[Unit]) -> bool {
        let r = self.reference;
        matches!(units, [firm, d] if self.is_single(d)
            && r.is_division(self.word(d.first))
            && firm
                .reference
                .and_then(|id| r.known(id))
                .is_some_and(|k| k.kind == EntityKind::Organization && !k.country))
    }

    /// "Yahoo News - Latest News & Headlines", "BBC Sport | Football": a known organisation
    /// and its section's word ("News", or a division's: "Sport", "Finance", "Music") as a
    /// whole run of a Title Case headline are the outlet's page or product, one name, read
    /// as running text reads it ("ABC News"); a headline otherwise only repeats names found
    /// elsewhere, and would keep the organisation alone.
    fn outlet_section(&self, run: &[Unit]) -> bool {
        let r = self.reference;
        matches!(run, [outlet, section] if self.is_single(section)
            && (self.word(section.first) == "News" || r.is_division(self.word(section.first)))
            && outlet
                .reference
                .and_then(|id| r.known(id))
                .is_some_and(|k| k.kind == EntityKind::Organization && !k.country))
    }

    /// Whether a stock ticker in angle brackets follows token `k`: "<", then the code's
    /// tokens, which `text::mark_wire_tickers` made plain.
    fn ticker_after(&self, k: usize) -> bool {
        self.punct(k + 1) == Some('<') && self.tokens.get(k + 2).is_some_and(|t| !t.word)
    }

    /// A capitalised word, or one with a lowercase particle before a capital ("al-Assad").
    fn is_name_token(&self, k: usize) -> bool {
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
    fn known_at(&self, k: usize) -> Option<Unit> {
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
            if !self.is_word(last) {
                break;
            }
            if len > 1 {
                phrase.push(' ');
            }
            phrase.push_str(self.word(last));
            if self.is_name_token(last) {
                if let Some(id) = self.reference.lookup(&phrase) {
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

    fn unit_at(&self, k: usize) -> Option<Unit> {
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

    /// "Attorney's Office", "Children's Fund", "People's Republic": a possessive inside a
    /// name, before an organisation or place word; "Russia's Foreign Ministry" is two names.
    fn possessive_inside(&self, run: &[Unit], last: usize) -> bool {
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
        run.last().is_some_and(|u| u.reference.is_none())
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
    fn is_ordinary_plural(&self, w: &str) -> bool {
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
    fn nickname_after(&self, run: &[Unit], last: usize) -> Option<(Unit, Unit)> {
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

    /// "Halloran, however, said", "Vexlo, on the other hand, says": a speech verb after an
    /// aside of lowercase words between commas that follows the name ending at `last`.
    fn aside_speech(&self, last: usize) -> bool {
        self.punct(last + 1) == Some(',')
            && (last + 2..last + 7)
                .find(|&j| !self.is_word(j))
                .filter(|&j| j > last + 2)
                .is_some_and(|j| {
                    (last + 2..j).all(|i| !is_capitalised(self.word(i)))
                        && self.punct(j) == Some(',')
                        && self.reference.is_speech(self.word(j + 1))
                })
    }

    /// "<British and Commonwealth Holdings PLC>", "<SHV (United Kingdom) Holding Co Ltd>":
    /// wire copy writes an unlisted company's name in angle brackets, which bound it: the
    /// words after the name's first ones up to the closing bracket, lowercase words ("and",
    /// "of") and brackets among them, are the rest of the name (a name word last). Units for
    /// them, if the run opens right after "<" and the bracket closes within the longest name.
    fn bracketed_rest(&self, run: &[Unit], last: usize) -> Option<Vec<Unit>> {
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
    fn connectors_after(&self, run: &[Unit], last: usize) -> Option<Vec<Unit>> {
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
        if ampersand || self.partners_after(run, k) || self.initials_pair(run, k) {
            return Some(vec![Unit::connector(k)]);
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
            if plain && !listed {
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

    /// Whether only "and", "or", or a comma (and "and") lie between tokens `a` and `b`.
    fn coordinated(&self, a: usize, b: usize) -> bool {
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

    /// "interest on excess reserves (IOER)", "mortgage-backed securities (MBS)": whether the
    /// lowercase words before the bracket at `open` spell `acronym`, its last letter the
    /// last word's, each letter the first letter of a word or of a hyphenated part.
    fn spelled_before(&self, open: usize, acronym: &str) -> bool {
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
    fn term_called(&self, at: usize) -> bool {
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

    fn context(&self, first: usize, last: usize) -> Context {
        let r = self.reference;
        let before = first.checked_sub(1).filter(|&k| self.is_word(k));
        let before_word = before.map_or("", |k| self.word(k));
        let the_before = before_word.eq_ignore_ascii_case("the");
        let before_the = if the_before {
            first
                .checked_sub(2)
                .filter(|&k| self.is_word(k))
                .map_or("", |k| self.word(k))
        } else {
            before_word
        };
        let after_word = if self.is_word(last + 1) {
            self.word(last + 1)
        } else {
            ""
        };
        let place_after = self.punct(last + 1) == Some(',')
            && self.known_at(last + 2).is_some_and(|u| {
                u.reference
                    .and_then(|id| r.known(id))
                    .is_some_and(|k| k.kind == EntityKind::Place)
                    && !self.is_name_token(u.last + 1)
            });
        // "a radioastronomer at X University in Morgantown, who ...": the "who" is the
        // person before; a name after a preposition is no subject.
        let object = r.place_preposition(before_word) > 0;
        let appositive = self
            .appositive_after(last)
            .filter(|&k| !(object && k == EntityKind::Person))
            .or_else(|| self.called(first, last))
            .or_else(|| {
                let comma = first.checked_sub(1).and_then(|k| self.punct(k)) == Some(',');
                let noun = first
                    .checked_sub(2)
                    .filter(|&k| self.is_word(k))
                    .map(|k| self.word(k));
                noun.filter(|n| comma && !is_capitalised(n))
                    .and_then(|n| r.appositive(n))
            });
        let dash = |k: usize| matches!(self.punct(k), Some(',' | '—' | '–' | '-'));
        // "CITY (Agency) —": the bracket closes two tokens on, before a comma or dash.
        let agency_after = self.punct(last + 1) == Some('(')
            && self.is_word(last + 2)
            && self.punct(last + 3) == Some(')')
            && dash(last + 4);
        let dateline = first == 0
            && ((first..=last).all(|k| is_all_caps(self.word(k))) && dash(last + 1)
                || agency_after);
        let dateline_agency = first > 0
            && first <= 8
            && first == last
            && self.punct(first - 1) == Some('(')
            && self.punct(last + 1) == Some(')')
            && dash(last + 2);
        // "Facebook's Palo Alto office": where a firm's premises are.
        let site = before
            .and_then(|k| self.tokens.get(k))
            .is_some_and(|t| t.possessive && is_capitalised(t.text(self.text)))
            && r.is_site(after_word);
        // "the Newtown shooting", "the Newtown school shooting": where something happened.
        let happened = r.is_place_event(after_word)
            || self.is_word(last + 1)
                && !is_capitalised(after_word)
                && self.is_word(last + 2)
                && r.is_place_event(self.word(last + 2));
        // "a Speyside-based distillery", "the Gisenyi-born singer": where something is or
        // someone comes from (the tokenizer splits "-based" off the name).
        let based = matches!(after_word, "based" | "born")
            && !(first..=last).all(|k| is_all_caps(self.word(k)))
            && self
                .tokens
                .get(last + 1)
                .is_some_and(|t| self.text.get(t.start.wrapping_sub(1)..t.start) == Some("-"));
        // "Durand Holdings, Inc.", "Acme, LLC": a firm's suffix after a comma.
        let firm_suffix = self.punct(last + 1) == Some(',') && self.is_word(last + 2) && {
            let w = self.word(last + 2);
            w.ends_with('.') && r.is_org_last(w) || matches!(w, "LLC" | "PLC" | "LLP" | "GmbH")
        };
        // "Burgundy, situated five hours southwest": where something is.
        let situated = self.punct(last + 1) == Some(',')
            && matches!(self.word(last + 2), "situated" | "located" | "nestled");
        let noun_after = if happened || based || situated {
            Some(EntityKind::Place)
        } else {
            // "Fred's farm": what a possessor has says nothing of what it is.
            let possessive = self.tokens.get(last).is_some_and(|t| t.possessive);
            r.appositive(after_word)
                .filter(|&k| k != EntityKind::Person && !possessive)
                .or(site.then_some(EntityKind::Place))
        };
        let lower = |k: usize| self.is_word(k) && !is_capitalised(self.word(k));
        // "X and other tornado-damaged cities": the first noun that tells a kind.
        let and_other = matches!(after_word, "and" | "or") && self.word(last + 2) == "other";
        let after_other = (last + 3..last + 6)
            .take_while(|&k| lower(k))
            .find_map(|k| group_kind(r, self.word(k)));
        let one_of = if and_other {
            after_other
        } else {
            self.listed_after_group(first)
        };
        let hometown = first >= 2
            && matches!(before_word, "from" | "of")
            && self.punct(first - 2) == Some(',')
            && matches!(self.punct(last + 1), Some(',' | '.'));
        let the_qualified = first >= 2 && lower(first - 1) && self.word(first - 2) == "the";
        // "director of Georgia Sea Grant", "analyst at Morgan Stanley", "an analyst with X".
        let office = |k: usize| self.is_word(k) && r.is_office(self.word(k));
        // "graduated from Princeton", "studied at Leiden", "attended Eton": a school.
        let school = |k: usize| self.is_word(k) && r.is_school_verb(self.word(k));
        // "director of the X Observatory": "the" aside.
        let before_at = if the_before {
            first.checked_sub(2).filter(|&k| self.is_word(k))
        } else {
            before
        };
        let office_before = match (before_the, before_at.and_then(|k| k.checked_sub(1))) {
            ("of", Some(k)) if office(k) => 4,
            ("from" | "at", Some(k)) if school(k) => 4,
            ("attended" | "attends" | "attending", _) => 4,
            ("at" | "with", Some(k)) if office(k) => 3,
            // "a spokesman for X"; a "member for X" sits for a constituency, a place.
            ("for", Some(k)) if office(k) && !matches!(self.word(k), "member" | "members") => 4,
            _ => 0,
        };
        let org_noun_before = before.is_some_and(lower)
            && r.appositive(before_word) == Some(EntityKind::Organization);
        // "freelance developer Jill Binder": a noun for a firm that also names a person's
        // trade leaves a given name first its weight.
        let trade_before = org_noun_before
            && matches!(
                before_word,
                "developer" | "publisher" | "operator" | "supplier" | "provider"
            );
        // "the capital of X", "the town of X": a place noun and "of"; "eastern X", "central X":
        // a compass word in lowercase, as news writes a part of a place.
        let place_noun_of = before_word == "of"
            && before
                .and_then(|k| k.checked_sub(1))
                .is_some_and(|k| lower(k) && r.appositive(self.word(k)) == Some(EntityKind::Place));
        let compass_before = before.is_some_and(lower)
            && r.is_compass(before_word)
            && !matches!(before_word, "old" | "near" | "far" | "mid" | "middle");
        // "the sitcom X", "a new NBC sitcom, X, ...": a noun for a work or a product before
        // it, or before the comma of an apposition that another comma closes ("after the
        // game, Smith said" is no apposition).
        let work_before = |k: usize| {
            let k = if self.punct(k.wrapping_sub(1)) == Some(',') {
                if self.punct(last + 1) != Some(',') {
                    return false;
                }
                k.wrapping_sub(1)
            } else {
                k
            };
            k.checked_sub(1)
                .is_some_and(|k| lower(k) && r.is_work(self.word(k)))
        };
        // "games like Fortnite", "other varieties such as Riesling", "Docker, Redux and
        // other technologies": a plural noun for works or products before "like", "such as"
        // or "including", or after "and other".
        let group_before = match (before_word, first.checked_sub(2)) {
            ("like" | "including", Some(k)) => Some(k),
            ("as", Some(k)) if self.word(k) == "such" => k.checked_sub(1),
            _ => None,
        }
        .map(|k| {
            if self.punct(k) == Some(',') {
                k.wrapping_sub(1)
            } else {
                k
            }
        })
        .is_some_and(|k| lower(k) && self.is_work_plural(self.word(k)));
        let group_after = and_other
            && (last + 3..last + 6)
                .take_while(|&k| lower(k))
                .any(|k| self.is_work_plural(self.word(k)));
        // "the tanker Sea Isle City", "the American-flag tanker the Bridgeton", "the cargo
        // ship Tampa": a vessel's name after the noun for it is a thing, as a work's title is.
        let vessel_before = before
            .map(|k| if the_before { k.wrapping_sub(1) } else { k })
            .is_some_and(|k| lower(k) && VESSEL_WORDS.contains(&self.word(k)));
        Context {
            work_before: work_before(first) || vessel_before,
            work_after: lower(last + 1) && r.is_thing(after_word) || self.model_before_craft(last),
            work_group: group_before || group_after,
            which_after: self.punct(last + 1) == Some(',') && self.word(last + 2) == "which",
            personal_after: self.personal_after(first, last) && !object,
            its_after: self.its_after(first, last),
            firm_suffix,
            team: self.team_around(first, last) || self.outlet_after(first, last),
            place_before: place_noun_of || compass_before,
            office_before,
            org_noun_before,
            trade_before,
            one_of,
            hometown,
            the_qualified,
            noun_after,
            dateline,
            dateline_agency,
            org_role_after: r.is_org_role(after_word),
            // "X reporter Y", also after one word of rank ("X star blogger Y", "X senior
            // editor Y"): the outlet Y works for.
            media_role_after: r.is_media_role(after_word)
                || matches!(after_word, "star" | "staff" | "senior")
                    && self.is_word(last + 2)
                    && r.is_media_role(self.word(last + 2)),
            appositive,
            role_before: r.is_role(before_word),
            position_before: r.is_position(before_word),
            speech_before: r.is_speech(before_word) && !self.is_word(last + 1),
            // "in Sharon's government", "In Shakespeare's sonnet": the preposition governs
            // what the name has, not the name.
            preposition: if self.tokens.get(last).is_some_and(|t| t.possessive) {
                0
            } else {
                r.place_preposition(before_the)
            },
            the_before,
            speech_after: r.is_speech(after_word) || self.aside_speech(last),
            place_after,
        }
    }

    /// "a group called X", "an offshore field called X", "the telescope, also known as X",
    /// "Known as X, the area ...": the kind of the noun that "called", "named" or "known as"
    /// gives a name, looked for among the few lowercase words before it (or, at a sentence
    /// start, in the apposition after it).
    fn called(&self, first: usize, last: usize) -> Option<EntityKind> {
        let r = self.reference;
        let word = |k: usize| self.is_word(k).then(|| self.word(k));
        let known_as = first
            .checked_sub(2)
            .and_then(word)
            .is_some_and(|w| w.eq_ignore_ascii_case("known"))
            && first.checked_sub(1).and_then(word) == Some("as");
        let named = matches!(
            first.checked_sub(1).and_then(word),
            Some("called" | "named")
        );
        if !known_as && !named {
            return None;
        }
        let verb = if known_as { first - 2 } else { first - 1 };
        if self.tokens.get(verb).is_some_and(|t| t.sentence_start) {
            // "Known as X, the area was icy tundra."
            if self.punct(last + 1) != Some(',')
                || !matches!(self.word(last + 2), "the" | "a" | "an")
            {
                return None;
            }
            return (last + 3..last + 6)
                .take_while(|&k| word(k).is_some_and(|w| !is_capitalised(w)))
                .find_map(|k| r.appositive(self.word(k)));
        }
        // Back over "also", one comma and up to three lowercase words ("a group in 2010
        // called X"), to the first noun that tells a kind; after "called" or "named", a noun
        // that "a" or "an" opens or a comma closes ("The group, called X"; "the police
        // called Smith" is a telephone call).
        let indefinite = |k: usize| {
            (1..=2).any(|n| {
                k.checked_sub(n)
                    .and_then(word)
                    .is_some_and(|w| matches!(w, "a" | "an"))
            })
        };
        for (k, w, comma) in self.lowercase_words_before(verb) {
            if w == "the" {
                return None;
            }
            if let Some(kind) = r.appositive(w) {
                return (known_as || comma || indefinite(k)).then_some(kind);
            }
        }
        None
    }

    /// "companies such as X", "cities including X", "companies producing surveillance systems,
    /// like X": the kind of the plural group noun a list opened by "such as", "including" or
    /// "like" at token `first` belongs to, within a comma and four lowercase words.
    fn listed_after_group(&self, first: usize) -> Option<EntityKind> {
        let word = |k: usize| self.is_word(k).then(|| self.word(k));
        let opener = match (
            first.checked_sub(2).and_then(word),
            first.checked_sub(1).and_then(word),
        ) {
            (Some("such"), Some("as")) => first.checked_sub(2)?,
            (_, Some("including" | "like")) => first.checked_sub(1)?,
            _ => return None,
        };
        self.lowercase_words_before(opener)
            .find_map(|(_, w, _)| group_kind(self.reference, w).filter(|_| w.ends_with('s')))
    }

    /// The lowercase words before token `from`, nearest first, within five tokens, passing
    /// over one comma (with whether it was passed): they end at a capitalised word, other
    /// punctuation or the block's start.
    fn lowercase_words_before(
        &self,
        from: usize,
    ) -> impl Iterator<Item = (usize, &str, bool)> + '_ {
        let (mut k, mut comma, mut steps) = (from, false, 0);
        std::iter::from_fn(move || loop {
            if steps == 5 {
                return None;
            }
            steps += 1;
            k = k.checked_sub(1)?;
            if self.punct(k) == Some(',') && !comma {
                comma = true;
                continue;
            }
            if !self.is_word(k) || is_capitalised(self.word(k)) {
                steps = 5;
                return None;
            }
            return Some((k, self.word(k), comma));
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
    fn indefinite(&self, first: usize, last: usize) -> bool {
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
    fn indefinite_known(&self, first: usize, last: usize) -> bool {
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
    fn brand_as_verb(&self, first: usize, last: usize) -> bool {
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
    fn pageant(&self, first: usize) -> bool {
        first
            .checked_sub(1)
            .is_some_and(|k| self.is_word(k) && self.word(k) == "Miss")
    }

    /// "an article by New York magazine": a place's name before "magazine", with no article
    /// or possessive before it ("a New York magazine" is one published there), names the
    /// magazine.
    fn outlet_after(&self, first: usize, last: usize) -> bool {
        let determiner = first.checked_sub(1).is_some_and(|k| {
            self.is_word(k)
                && (self.tokens.get(k).is_some_and(|t| t.possessive)
                    || matches!(
                        self.word(k).to_lowercase().as_str(),
                        "a" | "an" | "the" | "another" | "one" | "this" | "that" | "every" | "each"
                    ))
        });
        self.is_word(last + 1) && self.word(last + 1) == "magazine" && !determiner
    }

    /// "No. 5 Florida", "beat Georgia", "Miami's coach", "Boston (12-3)": a name used for a
    /// sports team (news names teams after their city, state or country).
    fn team_around(&self, first: usize, last: usize) -> bool {
        let r = self.reference;
        // "24-17", written as one word or three tokens.
        let number = |w: &str| (1..=3).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit());
        let score = |k: usize| {
            let w = self.word(k);
            self.is_word(k)
                && (w
                    .split_once(['-', '–'])
                    .is_some_and(|(a, b)| number(a) && number(b))
                    || number(w)
                        && self.punct(k + 1).is_some_and(|c| matches!(c, '-' | '–'))
                        && self.is_word(k + 2)
                        && number(self.word(k + 2)))
        };
        let before = |n: usize| first.checked_sub(n).filter(|&k| self.is_word(k));
        // "No. 5 Florida": a ranking.
        let ranked = before(1).is_some_and(|k| {
            self.word(k).bytes().all(|b| b.is_ascii_digit())
                && k.checked_sub(2).is_some_and(|n| self.word(n) == "No")
        });
        // "beat Georgia 24-17", "lost to Georgia 3-1": with a score, as armies beat countries too.
        let beaten = (last + 1..last + 8).any(score)
            && before(1).is_some_and(|k| {
                r.is_team_verb(self.word(k))
                    || self.word(k) == "to" && before(2).is_some_and(|j| self.word(j) == "lost")
            });
        // "Miami's coach", "Miami's 24-17 win".
        let possessive = self.tokens.get(last).is_some_and(|t| t.possessive)
            && (r.is_team_noun(self.word(last + 1)) || score(last + 1));
        // "Boston (12-3)": a record of wins and losses.
        let record = self.punct(last + 1) == Some('(') && score(last + 2);
        // "Florida beat Georgia 24-17": a team's verb and a score.
        let won = r.is_team_verb(self.word(last + 1)) && (last + 2..last + 8).any(score);
        // "Denver quarterback Kirk Halloway", "a Florida coach": what only a team has, with no
        // possessive too, or after one staff word.
        // "Alabama offensive coordinator X", "Texas head coach X": one staff word between.
        let staff = matches!(
            self.word(last + 1),
            "head" | "assistant" | "offensive" | "defensive" | "interim" | "starting"
        );
        let member = self.is_word(last + 1) && r.is_team_noun(self.word(last + 1))
            || staff && self.is_word(last + 2) && r.is_team_noun(self.word(last + 2));
        // "an assistant coach at Texas", "a quarterback at Alabama": a team's staff or player.
        let staffed = before(1).is_some_and(|k| self.word(k) == "at")
            && before(2).is_some_and(|k| r.is_team_noun(self.word(k)));
        // "33 points for Miami", "two goals for Chelsea": a player's tally for the team.
        let tally = before(1).is_some_and(|k| self.word(k) == "for")
            && before(2).is_some_and(|k| r.is_team_stat(self.word(k)));
        // "Miami has won six straight", "Boston lost its third straight", "won four in a row".
        let streak = (last + 1..last + 3)
            .take_while(|&k| self.is_word(k))
            .any(|k| matches!(self.word(k), "won" | "lost"))
            && (last + 2..last + 7)
                .take_while(|&k| self.is_word(k))
                .any(|k| matches!(self.word(k), "straight" | "row"));
        // "Dallas is 12-20": a record of wins and losses.
        let standing = matches!(self.word(last + 1), "is" | "are" | "improved" | "fell") && {
            let k = if matches!(self.word(last + 2), "to") {
                last + 3
            } else {
                last + 2
            };
            score(k)
        };
        ranked
            || beaten
            || possessive
            || record
            || won
            || member
            || staffed
            || tally
            || streak
            || standing
    }

    /// "PlayStation 4 Pro", "Mortal Kombat 11 is", "Raspberry Pi 3 with": a product's or a
    /// work's name before its version, a number of one or two digits that a lowercase word,
    /// a product word or a full stop follows, or that ends its block: a name run together in
    /// capitals, or of two words or more none of which heads a body's or a place's name
    /// ("Channel 4", "District 12", "Route 66" are no products; "Liverpool 2 Everton 1" and
    /// "Manchester United 2-1" are scores).
    fn versioned(&self, words: &[String], last: usize) -> bool {
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

    /// "games", "technologies", "varieties": a plural noun for works or products, which a
    /// list of their names follows ("games like X") or ends ("X and other games").
    fn is_work_plural(&self, word: &str) -> bool {
        let singular = word
            .strip_suffix("ies")
            .map(|stem| format!("{stem}y"))
            .or_else(|| word.strip_suffix('s').map(str::to_string));
        word.len() > 3
            && (matches!(
                word,
                "technologies" | "languages" | "frameworks" | "varieties" | "titles" | "series"
            ) || singular.is_some_and(|s| self.reference.is_work(&s)))
    }

    /// "X said he", "X, who", "X's wife", "X, 45,": a person, whatever the name looks like.
    fn personal_after(&self, first: usize, last: usize) -> bool {
        let r = self.reference;
        let pronoun = |k: usize| self.is_word(k) && matches!(self.word(k), "he" | "she");
        // "X said he", "X told reporters that she", "X added that he": a pronoun within three
        // lowercase words of the speech verb.
        let said = self.is_word(last + 1) && r.is_speech(self.word(last + 1));
        // Further on, only for a name that opens its sentence or clause: in "a co-owner of the
        // X said that he" the speaker is the co-owner.
        let subject = self.tokens.get(first).is_some_and(|t| t.sentence_start)
            || first.checked_sub(1).is_some_and(|k| !self.is_word(k));
        let said_he = said
            && (pronoun(last + 2)
                || subject
                    && (last + 2..last + 5)
                        .take_while(|&k| self.is_word(k) && !is_capitalised(self.word(k)))
                        .any(pronoun));
        let comma = self.punct(last + 1) == Some(',');
        let who = comma && self.is_word(last + 2) && matches!(self.word(last + 2), "who" | "whose");
        let age = comma
            && self.is_word(last + 2)
            && (1..=3).contains(&self.word(last + 2).len())
            && self.word(last + 2).bytes().all(|b| b.is_ascii_digit())
            && self.punct(last + 3) == Some(',');
        let kin = self.tokens.get(last).is_some_and(|t| t.possessive)
            && self.is_word(last + 1)
            && r.is_personal(self.word(last + 1));
        said_he || who || age || kin
    }

    /// "Ford said its sales rose", "Dell reported that its profit fell", "Chase and its
    /// rivals": "its" within three lowercase words of what a name said (for a name that
    /// opens its sentence or clause, as for "he"), or right after "and", stands for a firm,
    /// a body or a place, never for a person.
    fn its_after(&self, first: usize, last: usize) -> bool {
        let r = self.reference;
        let its = |k: usize| self.is_word(k) && self.word(k) == "its";
        let subject = self.tokens.get(first).is_some_and(|t| t.sentence_start)
            || first.checked_sub(1).is_some_and(|k| !self.is_word(k));
        let said = self.is_word(last + 1)
            && (r.is_speech(self.word(last + 1)) || self.word(last + 1) == "reported");
        let said_its = said
            && subject
            && (last + 2..last + 5)
                .take_while(|&k| self.is_word(k) && !is_capitalised(self.word(k)))
                .any(its);
        let and_its = self.is_word(last + 1) && self.word(last + 1) == "and" && its(last + 2);
        said_its || and_its
    }

    /// "X, the region's largest utility,": the first telling noun of the apposition;
    /// "X, chairman of ...", "X, who ...": a person.
    fn appositive_after(&self, last: usize) -> Option<EntityKind> {
        if self.punct(last + 1) != Some(',') || !self.is_word(last + 2) {
            return None;
        }
        let next = self.word(last + 2);
        // "X, chairman of ...", "X, CEO of ...": a role or a title in apposition.
        let role = self.reference.is_role(next) || self.reference.is_title_head(next);
        let role_of = role
            && (matches!(self.word(last + 3), "of" | "for" | "at")
                || matches!(self.punct(last + 3), Some(',' | '.')));
        if matches!(next, "who" | "whose") || role_of {
            return Some(EntityKind::Person);
        }
        if !matches!(next, "the" | "a" | "an") {
            return None;
        }
        // The noun ends the noun phrase: "X, the carmaker, ...", "X, the largest bank in
        // ..."; not "Eventually, the judge stopped ...".
        // "the long disputed border established by ...": a participle opens a clause.
        let ends_phrase = |k: usize| {
            !self.is_word(k + 1)
                || self.word(k + 1).len() > 4 && self.word(k + 1).ends_with("ed")
                || matches!(
                    self.word(k + 1),
                    "of" | "in"
                        | "for"
                        | "at"
                        | "on"
                        | "who"
                        | "which"
                        | "that"
                        | "and"
                        | "based"
                        | "with"
                        | "from"
                        | "to"
                        | "near"
                        | "just"
                        | "outside"
                        | "located"
                        | "situated"
                        | "north"
                        | "south"
                        | "east"
                        | "west"
                )
        };
        (last + 3..last + 11)
            .take_while(|&k| self.is_word(k))
            .filter(|&k| !self.tokens[k].possessive)
            .take_while(|&k| !matches!(self.word(k), "who" | "which" | "that"))
            .filter(|&k| !is_capitalised(self.word(k)))
            .find_map(|k| {
                self.reference
                    .appositive(self.word(k))
                    .filter(|_| ends_phrase(k))
            })
    }

    /// Whether the name from token `first` to `last` names an event: a year right after it
    /// ("Worlds 2013"), a storm's word before it ("storm Abigail"), or a weekday after a
    /// word the collection writes in lowercase ("Black Friday", "Cyber Monday").
    fn names_event(&self, first: usize, last: usize, words: &[String]) -> bool {
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
    fn craft_code(&self, words: &[String], last: usize) -> bool {
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
    fn model_before_craft(&self, last: usize) -> bool {
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

    fn is_single(&self, unit: &Unit) -> bool {
        unit.first == unit.last && unit.reference.is_none() && !unit.connector
    }

    /// The words after a city's or a state's name make one name with it ("Georgia Sea
    /// Grant", "Edinburgh Royal Infirmary", "New Jersey Devils", "Las Vegas Sands"): two
    /// unknown words or more, or one in the plural, none a title, a demonym, a day or an
    /// acronym, and no given name before a word that is not a common one ("Colorado
    /// Republican Dan Maes"; "Royal Infirmary" is no person).
    fn named_after_place(&self, place: usize, rest: &[Unit]) -> bool {
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
    fn national_body(&self, units: &[Unit]) -> bool {
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
    fn run(&self, run: &[Unit], found: &mut Vec<Candidate>) {
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

    /// `known as “Wolf Pack.”`, `the “Kismot Killer”`: a name that is the whole of a quotation
    /// is the title of a work, a dish, a programme (news puts titles in quotes), not a name.
    fn quoted(&self, first: usize, last: usize) -> bool {
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

    /// The last word of a name, or the word before its number ("Highway 427", "Channel 4"):
    /// where a head word stands.
    fn head_last(&self, units: &[Unit]) -> Option<&str> {
        match units {
            [.., before, number]
                if self.is_single(number)
                    && self.word(number.first).chars().all(|c| c.is_ascii_digit()) =>
            {
                Some(self.word(before.last))
            }
            [.., last] => Some(self.word(last.last)),
            [] => None,
        }
    }

    /// Whether the units name an organisation or place by their head word
    /// ("... Council", "Ministry of ...", "Lake ...").
    fn has_head_word(&self, units: &[Unit]) -> bool {
        let r = self.reference;
        let words: Vec<&str> = units
            .iter()
            .filter(|u| u.reference.is_none())
            .map(|u| self.word(u.last))
            .collect();
        let last = self.head_last(units);
        let first = units.first().map(|u| self.word(u.first));
        let before_of = units
            .iter()
            .position(|u| {
                u.connector && matches!(self.word(u.first), "of" | "for" | "to" | "in" | "on")
            })
            .and_then(|p| p.checked_sub(1))
            .and_then(|p| units.get(p))
            .map(|u| self.word(u.last));
        !words.is_empty()
            && (last
                .is_some_and(|w| r.is_org_last(w) || r.is_place_last(w) || r.is_facility("", w))
                || before_of
                    .is_some_and(|w| r.is_org_last(w) || r.is_org_first(w) || r.is_place_last(w))
                || first.is_some_and(|w| r.is_place_first(w)) && units.len() > 1)
    }

    /// Whether the units name an organisation by their head word: "... Motors",
    /// "... Department", "Office for ...".
    fn has_org_head(&self, units: &[Unit]) -> bool {
        let r = self.reference;
        let last = self.head_last(units).is_some_and(|w| r.is_org_last(w));
        let before_of = units
            .iter()
            .position(|u| {
                u.connector && matches!(self.word(u.first), "of" | "for" | "to" | "in" | "on")
            })
            .and_then(|p| p.checked_sub(1))
            .and_then(|p| units.get(p))
            .is_some_and(|u| r.is_org_last(self.word(u.last)) || r.is_org_first(self.word(u.last)));
        self.has_head_word(units) && (last || before_of)
    }

    /// Makes names of a piece of a run between titles, splitting off a leading demonym or
    /// country ("Russian", "U.S.") from what follows.
    fn segment(&self, units: &[Unit], flags: SegmentFlags, found: &mut Vec<Candidate>) {
        let mut units = units;
        let mut flags = flags;
        while let Some((rest, rest_flags)) = self.segment_step(units, flags, found) {
            units = rest;
            flags = rest_flags;
        }
    }

    /// "Scottish Hydro Electric", "British Red Cross": a demonym before two unknown words or
    /// more, or before a known body's name of two words or more, with no title before or after
    /// and no given name after it, opens the name of a body ("Russian Foreign Minister",
    /// "Swiss Roger Federer" are other things).
    fn demonym_led(&self, units: &[Unit], flags: SegmentFlags) -> bool {
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

    /// One step of [`Self::segment`]: the units still to do, if a leading word was split off.
    fn segment_step<'u>(
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
            let place = a
                .reference
                .and_then(|id| r.known(id))
                .is_some_and(|k| k.kind == EntityKind::Place)
                && !member.ends_with('s');
            let chamber = a.first == a.last
                && !a.connector
                && (r.is_org_first(before) || r.is_org_last(before));
            if self.is_single(b) && r.is_member(member) && chamber {
                return None;
            }
            if self.is_single(b) && r.is_member(member) && place {
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
        let country_body = country && self.national_body(units);
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
        if product_of_known || model_of_known {
            return None;
        }
        // "Nippon Kokan KK", "Lima Textiles SA": words that end in a firm's legal form are
        // the firm's one name, whatever place opens it; "American Express Co" is the known
        // firm (read below); a known firm before other words is read as before ("Viacom
        // International Inc" is Viacom's).
        let legal_name = units.len() > 1
            && self.is_single(last)
            && r.is_legal_form(last_word)
            && (units.len() == 2 || known.is_some_and(|k| k.kind == EntityKind::Place));
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
        if units.len() > 1
            && !local_body
            && !country_body
            && !named_after
            && !edition
            && !legal_name
            && !division
            && !native_firm
            && known.is_some()
            && (!head_word || country && place_head)
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

#[derive(Debug, Clone, Copy)]
struct SegmentFlags {
    /// "the" came before the name.
    the: bool,
    /// A title came before the name.
    titled: bool,
    /// The title was plural ("Presidents X and Y").
    plural: bool,
    /// The name starts its run, so the words before the run are its context.
    first: bool,
    /// The name ends its run, so the words after the run are its context.
    last: bool,
    /// The name follows a title and "of": "CEO of Vail Resorts".
    institution: bool,
}

/// Whether `word` is the title of a member of a parliament or council, which a party's name
/// may come before ("Labor MP", "Greens Senator").
fn is_member_title(word: &str) -> bool {
    matches!(
        word,
        "MP" | "MPs"
            | "MLA"
            | "MLAs"
            | "MLC"
            | "MLCs"
            | "MHR"
            | "Senator"
            | "Senators"
            | "Congressman"
            | "Congresswoman"
            | "Councillor"
    )
}
