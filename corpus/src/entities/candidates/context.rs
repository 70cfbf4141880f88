//! What a name's surroundings say about its kind: `Finder::context` (the [`Context`] of the
//! words before and after a name) and the look-ups it and the reading of runs use: "called"
//! and "known as", a list after a group noun, a sports team, a magazine, an apposition, what
//! only a person does or has, "its", a pronoun's gender, a speech verb after an aside.

use super::lexicon::{group_kind, VESSEL_WORDS};
use super::{Context, Finder};
use crate::article::EntityKind;
use crate::entities::names::{is_all_caps, is_capitalised};
use crate::quotes::words;

impl Finder<'_> {
    /// The gender of "he", "his" or "she" after the name ending at token `last`, in the same
    /// sentence with no capitalised word or gendered noun between ("President Obama's
    /// administration achieved the platform he promised"; not "... told the boy he").
    pub(super) fn pronoun_after(&self, last: usize) -> Option<bool> {
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

    /// "Halloran, however, said", "Vexlo, on the other hand, says": a speech verb after an
    /// aside of lowercase words between commas that follows the name ending at `last`.
    pub(super) fn aside_speech(&self, last: usize) -> bool {
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

    pub(super) fn context(&self, first: usize, last: usize) -> Context {
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
        // "NOTE - Net is after tax": a common word that labels a line is no dateline's place.
        let label =
            first == last && r.is_common_word(self.word(first)) && self.known_at(first).is_none();
        let dateline = first == 0
            && !label
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
        // "the brokerage firm of Spear, Leeds and Kellogg": a firm "of" its partners' names.
        let org_noun_before = self.firm_of_before(first)
            || before.is_some_and(lower)
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
        // "west of Burakin", "46 miles from Eddystone Point": a direction before "of", or a
        // distance before "from", measures from a place.
        let measured_from = match (before_word, before.and_then(|k| k.checked_sub(1))) {
            ("of", Some(k)) => lower(k) && is_direction(self.word(k)),
            ("from", Some(k)) => self.is_word(k) && is_distance_unit(self.word(k)),
            _ => false,
        };
        // "Ballidu just west of Burakin", "Baccus Marsh, west of Melbourne", "Hallett, 30
        // km north of Adelaide": a name placed by a direction from another is a place.
        let placed_after = {
            let mut k = last + 1;
            if self.punct(k) == Some(',') || self.is_word(k) && self.word(k) == "just" {
                k += 1;
            }
            if self.is_word(k) && self.word(k).starts_with(|c: char| c.is_ascii_digit()) {
                k += 1;
                if self.is_word(k) && is_distance_unit(self.word(k)) {
                    k += 1;
                }
            }
            lower(k)
                && is_direction(self.word(k))
                && self.is_word(k + 1)
                && self.word(k + 1) == "of"
        };
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
            place_before: place_noun_of || compass_before || measured_from || placed_after,
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
    pub(super) fn listed_after_group(&self, first: usize) -> Option<EntityKind> {
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
    pub(super) fn lowercase_words_before(
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
    pub(super) fn appositive_after(&self, last: usize) -> Option<EntityKind> {
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
}

/// "west", "north-east", "southwest": a direction, as "west of" places what follows.
fn is_direction(word: &str) -> bool {
    let word = word.strip_suffix("ern").unwrap_or(word);
    let parts: Vec<&str> = word.split('-').collect();
    match parts[..] {
        [one] => matches!(
            one,
            "north"
                | "south"
                | "east"
                | "west"
                | "northeast"
                | "northwest"
                | "southeast"
                | "southwest"
        ),
        [a, b] => matches!(a, "north" | "south") && matches!(b, "east" | "west"),
        _ => false,
    }
}

/// "miles", "km": a unit of distance.
fn is_distance_unit(word: &str) -> bool {
    matches!(
        word,
        "mile"
            | "miles"
            | "km"
            | "kilometre"
            | "kilometres"
            | "kilometer"
            | "kilometers"
            | "metres"
            | "meters"
    )
}
