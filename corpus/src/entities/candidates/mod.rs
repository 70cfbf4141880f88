//! Finding the names in a block of text: runs of capitalised words, cut at titles, cleaned
//! of sentence-initial capitals, leading "the", demonyms and possessives, each with the
//! evidence its context gives for its kind.
//!
//! The types live here; the work is spread over submodules, each adding methods to
//! [`Finder`]:
//!
//! * `find`: the walk over a block that gathers runs of capitalised words, and what lies
//!   between the names found (lists, routes, an acronym in brackets).
//! * `headline`: what a headline names: an outlet's page, a wire headline's listed firm.
//! * `tokens`: look-arounds over the token stream: a token's word or punctuation, the unit
//!   that starts at a token, what stands between two names.
//! * `joins`: what joins units into one run ("and", "of", an ampersand, a possessive, a
//!   nickname, angle brackets) and what ends it.
//! * `runs`: one run cut into parts and, at titles, into segments.
//! * `segment`: one segment turned into names, leading words split off.
//! * `heads`: head words, and names built on a place, a country, a firm or a demonym.
//! * `things`: readings that make a name a term, a thing, a product, an event or no name.
//! * `context`: what a name's surroundings say about its kind.
//! * `lexicon`: free word-class predicates and word lists.

mod context;
mod find;
mod headline;
mod heads;
mod joins;
mod lexicon;
mod runs;
mod segment;
mod things;
mod tokens;

pub use lexicon::is_name_suffix;

use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;

use crate::article::EntityKind;
use crate::entities::classify::Evidence;
use crate::entities::data::{Fnv, Reference};
use crate::entities::names::{is_all_caps, is_capitalised};
use crate::entities::text::Token;

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
    /// The first words of a firm's legal name in the same article ("Campeau" beside
    /// "Campeau Corp"), which gave it points for an organisation
    /// ([`crate::entities::classify::carry_firm_kind`]).
    pub firm_short: bool,
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
