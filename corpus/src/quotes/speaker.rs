//! Who said it: reading the clauses around a quotation the way news writes them.
//!
//! Every speech verb outside quotation marks ("said", "told", "added", "according to") makes a
//! *speech event* whose speaker is the subject of its clause: the name before the verb
//! ("Kerry said", "Simon Singh, the founder of X, said", "the spokesman, John Kirby, said"),
//! the name after it ("said Kerry, whose ...", "according to the United Nations"), or a
//! pronoun ("he added") that refers back to the most recent speaker of a matching gender, when
//! that is not ambiguous. A subject that names no person or organisation of the collection
//! ("one senior official said", "Moscow said") is an explicit unknown.
//!
//! A quotation takes, in this order:
//! 1. the event right after its closing mark (`"...," Kerry said`), unless the quote ends with
//!    a full stop, which ends the sentence (but not before a bare `Kerry said.`);
//! 2. the event in its own sentence before its opening mark (`Kerry said that "..."`,
//!    `he said, "..."`), or the name that opens a clause ending in a colon (`Prelogar: "..."`);
//! 3. the speaker of the quotation right after it when only "and" or a comma stands between
//!    (`"A" and "B," Browne said`);
//! 4. the latest speaker named earlier in the same paragraph (`..., Smith said. "More."`);
//! 5. for a paragraph that opens with the quotation: the last speaker of the paragraph just
//!    before it.
//!
//! Otherwise the speaker is unknown. `docs/quotes.md` has the full table of clause patterns.

use std::collections::HashMap;

use crate::article::{Article, BlockKind, Entity, EntityKind};
use crate::read::dates::MONTHS;

use super::marks::Span;
use super::words;

/// A person or organisation named in a block: `start..end` in the block's text.
#[derive(Debug, Clone, Copy)]
pub struct Named {
    pub block: u32,
    pub start: usize,
    pub end: usize,
    pub entity: u32,
    pub person: bool,
}

/// The names of people and organisations per article, in reading order. Places are left out:
/// a place is never a speaker. Within an article, a name that is the end of a longer
/// person's name ("Van Buuren" and "Jelle van Buuren", a surname read as a town, "Trump" put
/// with "Trump Tower") stands for that person.
pub struct Mentions {
    per_article: Vec<Vec<Named>>,
}

impl Mentions {
    pub fn new(articles: &[Article], entities: &[Entity]) -> Self {
        // Per article: the entities it names, with the index of their mention set.
        let mut present: Vec<Vec<(u32, usize)>> = vec![Vec::new(); articles.len()];
        for (e, entity) in entities.iter().enumerate() {
            for (i, set) in entity.articles.iter().enumerate() {
                if let Some(list) = present.get_mut(set.article as usize) {
                    list.push((e as u32, i));
                }
            }
        }
        let name_words: Vec<Vec<String>> = entities
            .iter()
            .map(|e| words::words(&e.name).map(str::to_lowercase).collect())
            .collect();
        let per_article = present
            .iter()
            .zip(articles)
            .map(|(here, article)| {
                // The people of this article by the last word of their name.
                let mut by_last: HashMap<&str, Vec<u32>> = HashMap::new();
                for &(e, _) in here {
                    if entities[e as usize].kind == EntityKind::Person {
                        if let Some(last) = name_words[e as usize].last() {
                            by_last.entry(last.as_str()).or_default().push(e);
                        }
                    }
                }
                let mut list = Vec::new();
                for &(e, set) in here {
                    let target = speaker_for(e, &by_last, &name_words, entities);
                    for m in &entities[e as usize].articles[set].mentions {
                        let Some(text) = article.blocks.get(m.block as usize).map(|b| &b.text)
                        else {
                            continue;
                        };
                        // "Trump said" where the entity of that mention is "Trump Tower" and
                        // the article names Donald Trump: the words name the person.
                        let surface = text.get(m.start as usize..m.end as usize).unwrap_or("");
                        let by_surface = (!surface.contains(' '))
                            .then(|| by_last.get(surface.to_lowercase().as_str()))
                            .flatten()
                            .and_then(|people| match people[..] {
                                [p] if p != e && name_words[p as usize].len() > 1 => Some(p),
                                _ => None,
                            });
                        let Some(entity) = by_surface.or(target) else {
                            continue;
                        };
                        list.push(Named {
                            block: m.block,
                            start: m.start as usize,
                            end: m.end as usize,
                            entity,
                            person: entities[entity as usize].kind == EntityKind::Person,
                        });
                    }
                }
                list.sort_by_key(|m| (m.block, m.start));
                list
            })
            .collect();
        Self { per_article }
    }

    pub fn of(&self, article: usize) -> &[Named] {
        self.per_article.get(article).map_or(&[], Vec::as_slice)
    }
}

/// The entity that a name of entity `e` stands for as a speaker in an article whose people
/// are `by_last` (by the last word of their name): itself, the one person whose name it
/// ends, or nothing (a place).
fn speaker_for(
    e: u32,
    by_last: &HashMap<&str, Vec<u32>>,
    name_words: &[Vec<String>],
    entities: &[Entity],
) -> Option<u32> {
    let mine = &name_words[e as usize];
    let kind = entities[e as usize].kind;
    let longer: Vec<u32> = mine
        .last()
        .and_then(|last| by_last.get(last.as_str()))
        .into_iter()
        .flatten()
        .copied()
        .filter(|&p| {
            let theirs = &name_words[p as usize];
            p != e && theirs.len() > mine.len() && theirs.ends_with(mine)
        })
        .collect();
    let usable = kind == EntityKind::Person || (kind == EntityKind::Place && mine.len() == 1);
    match longer[..] {
        [p] if usable => Some(p),
        _ if kind == EntityKind::Place => None,
        _ => Some(e),
    }
}

/// What a clause says about who spoke.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Who {
    Entity(u32),
    /// The text names a speaker that is no entity ("an official said"), or is ambiguous.
    Unknown,
}

/// A word or punctuation mark of a block, outside quotations.
#[derive(Debug, Clone, Copy)]
struct Tok {
    start: usize,
    end: usize,
    word: bool,
}

/// A speech verb with the speaker of its clause.
#[derive(Debug, Clone, Copy)]
struct Event {
    /// Offset of the verb.
    at: usize,
    /// Start of its clause: a sentence start or the end of a quotation.
    clause: usize,
    /// Start of its sentence.
    sentence: usize,
    /// "adding", "saying": hangs on another clause.
    participle: bool,
    who: Who,
}

/// The words and marks of one block, with the quotations cut out, and where its sentences
/// and clauses start (computed once, so every look-up is constant time).
struct BlockText<'a> {
    text: &'a str,
    toks: Vec<Tok>,
    /// Per token: it ends a sentence.
    ends: Vec<bool>,
    /// Per token: a quotation stands between it and the token before.
    quote_before: Vec<bool>,
    /// Per token: the first token of its sentence, and of its clause.
    sentence: Vec<usize>,
    clause: Vec<usize>,
}

impl<'a> BlockText<'a> {
    fn new(text: &'a str, quoted: &[(usize, usize)]) -> Self {
        let spans: Vec<(usize, usize)> = words::word_spans(text).collect();
        let mut toks = Vec::new();
        let mut quote_before = Vec::new();
        let mut w = 0;
        let mut q = 0;
        let mut pending_quote = false;
        for (i, c) in text.char_indices() {
            while w < spans.len() && spans[w].1 <= i {
                w += 1;
            }
            let tok = match spans.get(w) {
                Some(&(start, end)) if start <= i => {
                    if start != i {
                        continue;
                    }
                    Tok {
                        start,
                        end,
                        word: true,
                    }
                }
                _ if c.is_whitespace() => continue,
                _ => Tok {
                    start: i,
                    end: i + c.len_utf8(),
                    word: false,
                },
            };
            while q < quoted.len() && quoted[q].1 <= tok.start {
                q += 1;
                pending_quote = true;
            }
            let inside = quoted
                .get(q)
                .is_some_and(|&(s, e)| tok.start >= s && tok.start < e);
            if !inside {
                toks.push(tok);
                quote_before.push(pending_quote);
                pending_quote = false;
            }
        }
        let mut out = Self {
            text,
            toks,
            ends: Vec::new(),
            quote_before,
            sentence: Vec::new(),
            clause: Vec::new(),
        };
        out.ends = (0..out.toks.len()).map(|i| out.find_end(i)).collect();
        let (mut sentence, mut clause) = (0, 0);
        for k in 0..out.toks.len() {
            if k > 0 {
                let prev = k - 1;
                if out.ends[prev] {
                    sentence = k;
                    clause = k;
                } else if out.quote_before[k] || out.is_punct(&out.toks[prev], &[';']) {
                    clause = k;
                }
            }
            out.sentence.push(sentence);
            out.clause.push(clause);
        }
        out
    }

    fn s(&self, t: &Tok) -> &'a str {
        &self.text[t.start..t.end]
    }

    fn is_punct(&self, t: &Tok, set: &[char]) -> bool {
        !t.word && self.s(t).chars().next().is_some_and(|c| set.contains(&c))
    }

    /// A `.`, `!` or `?` that ends a sentence: not after an abbreviation or an initial, and
    /// followed by the end, a capital or a mark.
    fn find_end(&self, i: usize) -> bool {
        let t = &self.toks[i];
        if !self.is_punct(t, &['.', '!', '?']) {
            return false;
        }
        if self.s(t) == "." {
            if let Some(prev) = i.checked_sub(1).map(|p| &self.toks[p]) {
                let w = self.s(prev);
                if prev.word && prev.end == t.start && is_abbreviation(w) {
                    return false;
                }
            }
        }
        match self.text[t.end..].chars().find(|c| !c.is_whitespace()) {
            None => true,
            Some(c) => !c.is_lowercase(),
        }
    }

    fn ends_sentence(&self, i: usize) -> bool {
        self.ends[i]
    }

    /// Index of the first token of the clause that holds token `i`: after the last sentence
    /// end, semicolon or quotation before it.
    fn clause_start(&self, i: usize) -> usize {
        self.clause[i]
    }

    /// Index of the first token of the sentence that holds token `i`.
    fn sentence_start(&self, i: usize) -> usize {
        self.sentence[i]
    }

    fn is_separator(&self, i: usize) -> bool {
        self.is_punct(&self.toks[i], SEPARATORS)
    }

    /// A quotation lies between token `b` and the one before it.
    fn quote_before(&self, b: usize) -> bool {
        self.quote_before[b]
    }

    /// Index of the token at or after byte `offset`.
    fn tok_at(&self, offset: usize) -> usize {
        self.toks.partition_point(|t| t.start < offset)
    }
}

/// Speakers and sentence openers looked at for "he" and "she".
const MEMORY: usize = 64;

/// Marks that cut a clause into segments: "Simon Singh, the founder of X, said".
const SEPARATORS: &[char] = &[',', '—', '–', '(', ')', ':', ';'];

/// Abbreviations whose dot does not end a sentence, and initials.
fn is_abbreviation(word: &str) -> bool {
    const ABBREVIATIONS: &[&str] = &[
        "Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Gen", "Lt", "Col", "Sen", "Rep", "Gov", "Capt",
        "Sgt", "Prof", "Rev", "Maj", "Adm", "Cmdr", "Inc", "Corp", "Co", "Ltd", "Mt", "Ft", "No",
        "vs", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec",
        "Ore", "Calif", "Fla", "Mass", "Wash", "Ariz", "Ga", "Tex", "Pa", "Va", "Ill", "Mich",
        "Minn", "Wis", "Conn", "Ky", "Tenn", "Okla", "Nev", "Colo", "Ala", "La", "Md", "Mo", "Ind",
        "Kan", "Neb", "Ark", "Miss",
    ];
    word.contains('.')
        || (word.chars().count() == 1 && word.chars().all(char::is_uppercase))
        || ABBREVIATIONS.contains(&word)
}

/// Words that start a description rather than a name ("a spokesman for X", "who ...").
fn describes(first: &str, second_lower: bool) -> bool {
    let first = first.to_lowercase();
    matches!(
        first.as_str(),
        "who" | "whose" | "which" | "where" | "when" | "while" | "a" | "an"
    ) || (first == "the" && second_lower)
        || first.chars().next().is_some_and(char::is_lowercase) && second_lower
        || first.chars().all(|c| c.is_ascii_digit())
}

/// A segment that says what someone is, though it starts with a name: "Vector Space
/// Systems CEO and a founding member of SpaceX" (a `[job]` word, or "a"/"the" after its
/// start).
fn names_a_role(text: &BlockText, segment: &[Tok]) -> bool {
    segment.iter().skip(1).filter(|t| t.word).any(|t| {
        let w = text.s(t);
        matches!(w, "a" | "an" | "the") || words::is_job(w)
    })
}

/// Words that make a noun phrase about someone not named: "a resident", "one official".
fn is_determiner(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "a" | "an"
            | "the"
            | "one"
            | "another"
            | "his"
            | "her"
            | "their"
            | "its"
            | "some"
            | "two"
            | "three"
            | "several"
            | "many"
            | "other"
    )
}

/// Prepositions: a name after one is not the subject ("a spokeswoman for Mrs Merkel said").
fn is_preposition(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "for"
            | "of"
            | "to"
            | "with"
            | "by"
            | "from"
            | "at"
            | "about"
            | "against"
            | "under"
            | "over"
            | "like"
            | "than"
            | "on"
            | "in"
            | "into"
            | "toward"
            | "towards"
    )
}

/// Words that may stand between a subject and its verb: [`words::is_between`], weekdays,
/// months, numbers, "on", "last".
fn is_between(word: &str) -> bool {
    const TIME: &[&str] = &[
        "on",
        "last",
        "this",
        "week",
        "night",
        "morning",
        "afternoon",
        "evening",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ];
    let lower = word.to_lowercase();
    words::is_between(word)
        || TIME.contains(&lower.as_str())
        || MONTHS.contains(&lower.as_str())
        || word.chars().all(|c| c.is_ascii_digit())
}

fn is_pronoun_other(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "i" | "we" | "they" | "it" | "you" | "who" | "which" | "that"
    )
}

/// What the reading of one quotation gave.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Attribution {
    /// The speaker, an index into the entities.
    pub speaker: Option<u32>,
    /// A speech verb follows the closing mark (`"...," she said`): words someone said, even
    /// when they look like a title ("No, Justice Alito," Prelogar said).
    pub said_after: bool,
}

/// Reads one article: who said each quotation of `spans`.
pub fn attribute(
    article: &Article,
    spans: &[Span],
    names: &[Named],
    entities: &[Entity],
) -> Vec<Attribution> {
    let mut reader = Reader {
        names,
        entities,
        gender: Vec::new(),
        memory: Vec::new(),
        subjects: Vec::new(),
    };
    reader.learn_honorifics(article);
    let quoted = quoted_ranges(spans, article);
    let blocks: Vec<BlockText> = article
        .blocks
        .iter()
        .zip(&quoted)
        .map(|(block, ranges)| BlockText::new(&block.text, ranges))
        .collect();
    let events: Vec<Vec<Event>> = blocks
        .iter()
        .enumerate()
        .map(|(b, text)| reader.events(b as u32, text))
        .collect();
    let mut out: Vec<Attribution> = Vec::with_capacity(spans.len());
    let mut last_of_block: Vec<Option<Who>> =
        events.iter().map(|e| e.last().map(|e| e.who)).collect();
    let own: Vec<(Option<Who>, bool)> = spans
        .iter()
        .map(|span| own_attribution(span, &blocks, &events, names))
        .collect();
    for (q, span) in spans.iter().enumerate() {
        let (mine, said_after) = own[q];
        let who = mine
            .or_else(|| {
                // 3. `"A" and "B," she said`: quotes joined by "and" or a comma share a speaker.
                let next = spans.get(q + 1)?;
                let (close, gap) = (span.close?, next.open);
                let between = article.blocks[span.end_block as usize]
                    .text
                    .get(close..gap)?;
                let joined = next.block == span.end_block
                    && between
                        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '—' | '–'))
                        .all(|w| matches!(w, "" | "and" | "or"));
                joined.then_some(own[q + 1].0).flatten()
            })
            .or_else(|| {
                // 4. The latest speaker earlier in the same paragraph.
                let b = span.block as usize;
                let list = &events[b];
                let before_quote = list[..list.partition_point(|e| e.at < span.open)].last();
                let earlier_quote = (0..q)
                    .rev()
                    .map(|p| (&spans[p], out[p]))
                    .take_while(|(s, _)| s.end_block >= span.block)
                    .find(|(s, _)| {
                        s.end_block == span.block && s.close.is_some_and(|c| c <= span.open)
                    });
                match (before_quote, earlier_quote) {
                    (Some(e), Some((s, w))) if s.open > e.at => w.speaker.map(Who::Entity),
                    (Some(e), _) => Some(e.who),
                    (None, Some((_, w))) => w.speaker.map(Who::Entity),
                    (None, None) => None,
                }
            })
            .or_else(|| {
                // 5. A quote paragraph after a paragraph that names a speaker.
                let b = span.block as usize;
                let opens_block = article.blocks[b].text[..span.open].trim().is_empty();
                let paragraphs = b > 0
                    && article.blocks[b].kind == BlockKind::Paragraph
                    && article.blocks[b - 1].kind == BlockKind::Paragraph;
                (opens_block && paragraphs)
                    .then(|| last_of_block[b - 1])
                    .flatten()
            });
        let speaker = match who {
            Some(Who::Entity(e)) => Some(e),
            _ => None,
        };
        if let Some(e) = speaker {
            let last = span.end_block as usize;
            let later_event = events[last]
                .last()
                .is_some_and(|ev| span.close.is_some_and(|c| ev.at > c));
            if !later_event {
                last_of_block[last] = Some(Who::Entity(e));
            }
        }
        out.push(Attribution {
            speaker,
            said_after,
        });
    }
    out
}

/// Rules 1 and 2: the clause right after the quote, or the one before it in its sentence.
/// Also tells whether a speech verb follows the quote.
fn own_attribution(
    span: &Span,
    blocks: &[BlockText],
    events: &[Vec<Event>],
    names: &[Named],
) -> (Option<Who>, bool) {
    let last = &blocks[span.end_block as usize];
    let mut after = None;
    if let Some(close) = span.close {
        let next = last.toks.get(last.tok_at(close)).map(|t| t.start);
        // Events are in reading order: start at the first one after the closing mark.
        let list = &events[span.end_block as usize];
        let event = list[list.partition_point(|e| e.at < close)..]
            .iter()
            .take_while(|e| Some(e.clause) == next)
            .find(|e| !e.participle);
        if let Some(e) = event {
            let words_between = last.toks[last.tok_at(close)..last.tok_at(e.at)]
                .iter()
                .filter(|t| t.word)
                .count();
            let inner = last.text[..span.end as usize].trim_end();
            // A full stop ends the sentence, unless all that follows is a short "Berg said."
            let from = last.tok_at(close);
            let sentence_words = (from..last.toks.len())
                .take_while(|&k| !last.ends_sentence(k))
                .filter(|&k| last.toks[k].word)
                .count();
            let full_stop = inner.ends_with('.') && !inner.ends_with("..") && sentence_words > 4;
            if words_between <= 12 && !full_stop {
                if e.who != Who::Unknown {
                    return (Some(e.who), true);
                }
                after = Some(e.who);
            }
        }
    }
    let said_after = after.is_some();
    let before = before_quote(span, blocks, events, names);
    match before {
        Some(Who::Entity(_)) => (before, said_after),
        _ => (after.or(before), said_after),
    }
}

/// Rule 2: a speech verb earlier in the quote's sentence, or `Name: "..."`.
fn before_quote(
    span: &Span,
    blocks: &[BlockText],
    events: &[Vec<Event>],
    names: &[Named],
) -> Option<Who> {
    let first = &blocks[span.block as usize];
    let open_tok = first.tok_at(span.open);
    let clause = if open_tok == 0 {
        0
    } else {
        first.clause_start(open_tok - 1)
    };
    let from = first.toks.get(clause).map_or(span.open, |t| t.start);
    let list = &events[span.block as usize];
    let before = &list[..list.partition_point(|e| e.at < span.open)];
    if let Some(e) = before.last().filter(|e| e.at >= from) {
        return Some(e.who);
    }
    // `Name: "..."` and `Name cut her off: "..."`.
    let lead = &first.toks[clause..open_tok];
    if lead.last().is_some_and(|t| first.s(t) == ":") {
        let fourth_word = lead.iter().filter(|t| t.word).nth(3).map(|t| t.start);
        let name = names.iter().find(|n| {
            n.block == span.block
                && n.start >= from
                && fourth_word.is_none_or(|w| n.start < w)
                && n.end <= span.open
        });
        if let Some(n) = name {
            return Some(Who::Entity(n.entity));
        }
    }
    None
}

/// Per block, the byte ranges covered by quotations, marks included, sorted: one pass over
/// the quotations (in reading order) and the blocks they cover.
fn quoted_ranges(spans: &[Span], article: &Article) -> Vec<Vec<(usize, usize)>> {
    let mut out = vec![Vec::new(); article.blocks.len()];
    for s in spans {
        for b in s.block..=s.end_block {
            let Some(text) = article.blocks.get(b as usize).map(|x| &x.text) else {
                continue;
            };
            let start = if s.block == b { s.open } else { 0 };
            let end = if s.end_block == b {
                s.close.unwrap_or(text.len())
            } else {
                text.len()
            };
            out[b as usize].push((start, end));
        }
    }
    for ranges in &mut out {
        ranges.sort_unstable();
    }
    out
}

/// A speaker remembered for "he" and "she".
#[derive(Debug, Clone, Copy)]
struct Spoke {
    /// `None`: someone the text does not name ("a resident screamed").
    entity: Option<u32>,
    block: u32,
    sentence: usize,
}

struct Reader<'a> {
    names: &'a [Named],
    entities: &'a [Entity],
    /// Gender learnt in this article: `(entity, male)`.
    gender: Vec<(u32, bool)>,
    /// Speakers so far, most recent last.
    memory: Vec<Spoke>,
    /// The first person named in each sentence so far: `(entity, block)`.
    subjects: Vec<(u32, u32)>,
}

impl Reader<'_> {
    fn gender_of(&self, entity: u32) -> Option<bool> {
        self.gender
            .iter()
            .find(|(e, _)| *e == entity)
            .map(|&(_, g)| g)
    }

    fn learn(&mut self, entity: u32, male: bool) {
        if self.gender_of(entity).is_none() {
            self.gender.push((entity, male));
        }
    }

    /// "Mr Dijsselbloem", "Mrs Merkel": the word before a name tells its gender; so does a
    /// given name of one gender only ("Michael Mann").
    fn learn_honorifics(&mut self, article: &Article) {
        for n in self.names.iter().filter(|n| n.person) {
            let name = &self.entities[n.entity as usize].name;
            let mut parts = words::words(name);
            if let (Some(first), Some(_)) = (parts.next(), parts.next()) {
                if let Some(male) = words::given_name_gender(first) {
                    self.learn(n.entity, male);
                }
            }
        }
        for n in self.names.iter().filter(|n| n.person) {
            let Some(text) = article.blocks.get(n.block as usize).map(|b| &b.text) else {
                continue;
            };
            let head = text.get(..n.start).unwrap_or_default();
            // The last few words are enough: an honorific stands right before the name.
            let cut = (head.len().saturating_sub(24)..=head.len())
                .find(|&i| head.is_char_boundary(i))
                .unwrap_or(head.len());
            let before = &head[cut..];
            let trimmed = before.trim_end();
            if let Some(word) = words::words(trimmed).last() {
                let touching = trimmed.len() + 1 >= before.len()
                    && trimmed.trim_end_matches('.').ends_with(word);
                if let (true, Some(male)) = (touching, words::gender(word)) {
                    self.learn(n.entity, male);
                }
            }
        }
    }

    /// The names inside `from..to` of a block, in order (binary search: names are sorted).
    fn names_in(&self, block: u32, from: usize, to: usize) -> impl Iterator<Item = &Named> {
        let first = self
            .names
            .partition_point(|n| (n.block, n.start) < (block, from));
        self.names[first..]
            .iter()
            .take_while(move |n| n.block == block && n.start < to)
            .filter(move |n| n.end <= to)
    }

    /// The speech events of one block, in order.
    fn events(&mut self, block: u32, text: &BlockText) -> Vec<Event> {
        let mut out: Vec<Event> = Vec::new();
        let mut sentence_seen = usize::MAX;
        for i in 0..text.toks.len() {
            let t = &text.toks[i];
            let sentence_tok = text.sentence_start(i);
            let sentence = text.toks[sentence_tok].start;
            if sentence != sentence_seen {
                sentence_seen = sentence;
                // The person who opens this sentence, for "he" and "she" with no speaker.
                let opening = text.toks.get(i + 8).map_or(text.text.len(), |t| t.start);
                let end = (i..text.toks.len())
                    .find(|&k| text.ends_sentence(k))
                    .map_or(text.text.len(), |k| text.toks[k].start)
                    .min(opening);
                let opener = self
                    .names_in(block, sentence, end)
                    .find(|n| n.person)
                    .map(|n| n.entity);
                if let Some(e) = opener {
                    self.subjects.push((e, block));
                }
            }
            if !t.word {
                continue;
            }
            let w = text.s(t);
            let according = w.eq_ignore_ascii_case("according")
                && text.toks.get(i + 1).is_some_and(|n| text.s(n) == "to");
            // A capitalised "States" or "Says" is a name or a headline, not a verb.
            let lowercase = w.chars().next().is_some_and(char::is_lowercase);
            // "Mr Sharon's accusation that Mr Arafat was "...": what the owner of a speech
            // noun said.
            let owner = (lowercase && words::is_speech_noun(w))
                .then(|| {
                    self.names_in(block, sentence, t.start)
                        .filter(|n| {
                            matches!(text.text[n.end..t.start].trim(), "'s" | "’s" | "'" | "’")
                        })
                        .last()
                        .map(|n| n.entity)
                })
                .flatten();
            if let Some(e) = owner {
                self.memory.push(Spoke {
                    entity: Some(e),
                    block,
                    sentence,
                });
                out.push(Event {
                    at: t.start,
                    clause: text.toks[text.clause_start(i)].start,
                    sentence,
                    participle: false,
                    who: Who::Entity(e),
                });
                continue;
            }
            if !according && (!lowercase || !words::is_speech_verb(w)) {
                continue;
            }
            let clause_tok = text.clause_start(i);
            let clause = text.toks[clause_tok].start;
            let subject_words = text.toks[clause_tok..i].iter().filter(|t| t.word).count();
            let participle = w.ends_with("ing") && !according;
            let after_comma = i > clause_tok && text.is_punct(&text.toks[i - 1], &[',']);
            // "told the BBC": the name after the verb is the listener.
            let inverts = !words::is_listener_verb(w);
            // "who gave money and said ...": the subject of the clause before.
            let mut k = i;
            while k > clause_tok && text.toks[k - 1].word && is_between(text.s(&text.toks[k - 1])) {
                k -= 1;
            }
            let coordinated = k > clause_tok
                && matches!(text.s(&text.toks[k - 1]), "and" | "but" | "or")
                && out.last().is_some_and(|e| e.sentence == sentence);
            let (who, anonymous) = if coordinated {
                (out.last().map_or(Who::Unknown, |e| e.who), false)
            } else if according {
                self.object(block, text, i + 2, false)
            } else if participle {
                let earlier = out.iter().rev().find(|e| e.sentence == sentence);
                let first = self
                    .names_in(block, sentence, t.start)
                    .next()
                    .filter(|n| n.person && text.tok_at(n.start) <= sentence_tok + 3);
                match (earlier, first) {
                    (Some(e), _) => (e.who, false),
                    (None, Some(n)) => (Who::Entity(n.entity), false),
                    (None, None) => (Who::Unknown, false),
                }
            } else if subject_words == 0 {
                if inverts {
                    self.object(block, text, i + 1, false)
                } else {
                    (Who::Unknown, false)
                }
            } else if after_comma && inverts {
                match self.object(block, text, i + 1, true) {
                    (Who::Entity(e), _) => (Who::Entity(e), false),
                    (Who::Unknown, _) => self.subject(block, text, clause_tok, i),
                }
            } else {
                self.subject(block, text, clause_tok, i)
            };
            match who {
                Who::Entity(e) => self.memory.push(Spoke {
                    entity: Some(e),
                    block,
                    sentence,
                }),
                Who::Unknown if anonymous => self.memory.push(Spoke {
                    entity: None,
                    block,
                    sentence,
                }),
                Who::Unknown => {}
            }
            out.push(Event {
                at: t.start,
                clause,
                sentence,
                participle,
                who,
            });
        }
        out
    }

    /// The speaker named before the verb at token `verb`, from token `from` on, and whether
    /// it is someone the text does not name ("a resident").
    fn subject(&mut self, block: u32, text: &BlockText, from: usize, verb: usize) -> (Who, bool) {
        let from = from.max(verb.saturating_sub(30));
        let sep = (from..verb).rev().find(|&k| text.is_separator(k));
        let last_start = sep.map_or(from, |k| k + 1);
        let mut k = verb;
        while k > last_start && text.toks[k - 1].word && is_between(text.s(&text.toks[k - 1])) {
            k -= 1;
        }
        if k > last_start {
            // The words right before the verb: a pronoun, a name, or a description.
            let prev = &text.toks[k - 1];
            let w = text.s(prev);
            if let Some(male) = words::gender(w).filter(|_| w.chars().count() <= 3) {
                return (self.pronoun(male, block), false);
            }
            if is_pronoun_other(w) {
                return (Who::Unknown, false);
            }
            let seg_start = text.toks[last_start].start;
            let segment = &text.toks[last_start..k];
            return match self.name_ending(block, text, seg_start, prev.end) {
                Some(n) => {
                    self.learn_role(text, segment, n);
                    (Who::Entity(n), false)
                }
                None => (Who::Unknown, is_determiner(text.s(&segment[0]))),
            };
        }
        // "X, a spokesman for Y, said" and "the spokesman, X, said": the nearest segment
        // before the verb that is a name, past those that describe it.
        let mut end = match sep {
            Some(s) => s,
            None => return (Who::Unknown, false),
        };
        let mut anonymous = false;
        while end > from {
            let start = (from..end)
                .rev()
                .find(|&j| text.is_separator(j))
                .map_or(from, |j| j + 1);
            if start < end {
                let segment = &text.toks[start..end];
                let second_lower = segment
                    .get(1)
                    .is_some_and(|t| text.s(t).chars().next().is_some_and(char::is_lowercase));
                let first = text.s(&segment[0]);
                if let Some(n) = self.name_ending(
                    block,
                    text,
                    segment[0].start,
                    segment[segment.len() - 1].end,
                ) {
                    self.learn_role(text, &text.toks[start..verb], n);
                    return (Who::Entity(n), false);
                }
                if !describes(first, second_lower) && !names_a_role(text, segment) {
                    anonymous = is_determiner(first);
                    break;
                }
                anonymous = anonymous || is_determiner(first);
            }
            end = start.saturating_sub(1);
            if start == from {
                break;
            }
        }
        (Who::Unknown, anonymous)
    }

    /// The person or organisation whose name ends at byte `end` of a segment starting at
    /// `start`, unless a preposition stands before it or it is one of several joined by
    /// "and".
    fn name_ending(&self, block: u32, text: &BlockText, start: usize, end: usize) -> Option<u32> {
        let mut end = end;
        loop {
            let in_segment: Vec<&Named> = self.names_in(block, start, end).collect();
            let n = in_segment.iter().rev().find(|n| n.end == end)?;
            let before = &text.text[start..n.start];
            let spans: Vec<(usize, usize)> = words::word_spans(before).collect();
            let mut back = spans.iter().rev().peekable();
            while back.peek().is_some_and(|&&(s, e)| {
                let w = &before[s..e];
                words::gender(w).is_some() || matches!(w, "the" | "a" | "an")
            }) {
                back.next();
            }
            match back.next() {
                // "Patrol Chief James Hall with the New York Police Department said": the
                // name before the preposition.
                Some(&(s, e)) if is_preposition(&before[s..e]) => {
                    end = start + before[..s].trim_end().len();
                    if end <= start {
                        return None;
                    }
                }
                // "he and Shoygu agreed": more than one speaker.
                Some(&(s, e)) if matches!(&before[s..e], "and" | "or") => {
                    let joined = back.next().is_some_and(|&(ws, we)| {
                        let w = &before[ws..we];
                        words::gender(w).is_some_and(|_| w.len() <= 3)
                            || is_pronoun_other(w)
                            || in_segment.iter().any(|m| m.end == start + we)
                    });
                    if joined {
                        return None;
                    }
                    return Some(n.entity);
                }
                _ if plural(text, n, &in_segment) => return None,
                _ => return Some(n.entity),
            }
        }
    }

    /// "spokeswoman X": the role tells X's gender.
    fn learn_role(&mut self, text: &BlockText, segment: &[Tok], entity: u32) {
        let role = segment
            .iter()
            .filter(|t| t.word)
            .find_map(|t| role(text.s(t)));
        if let Some(male) = role {
            self.learn(entity, male);
        }
    }

    /// The speaker named after the verb ("said Kerry, whose ...", "according to the UN").
    /// With `strict`, the name must end its phrase ("..., said Kerry, a ..."), so that
    /// "X, asked about it, said Obama was ..." does not make Obama the speaker.
    fn object(&mut self, block: u32, text: &BlockText, from: usize, strict: bool) -> (Who, bool) {
        let mut segments = Vec::new();
        let mut start = from;
        let last = text.toks.len().min(from + 30);
        for k in from..=last {
            let stop = k == last || text.ends_sentence(k) || (k > from && text.quote_before(k));
            if stop || text.is_separator(k) {
                if start < k {
                    segments.push((start, k));
                }
                if stop || segments.len() == 2 {
                    break;
                }
                start = k + 1;
            }
        }
        let Some(&(s0, e0)) = segments.first() else {
            return (Who::Unknown, false);
        };
        let span = |(s, e): (usize, usize)| (text.toks[s].start, text.toks[e - 1].end);
        let (s, e) = span((s0, e0));
        let lead = text.s(&text.toks[s0]);
        if let Some(male) = words::gender(lead).filter(|_| lead.chars().count() <= 3) {
            return (self.pronoun(male, block), false);
        }
        let first: Vec<&Named> = self.names_in(block, s, e).collect();
        let chosen = first
            .iter()
            .rev()
            .find(|n| n.person)
            .or_else(|| first.first());
        if let Some(n) = chosen {
            if plural(text, n, &first) || (strict && n.end != e) {
                return (Who::Unknown, false);
            }
            // "said a GOP insider": an unnamed member, named by the body only as a modifier
            // ("a GOP spokesman" speaks for it).
            let member = matches!(lead.to_lowercase().as_str(), "a" | "an")
                && !n.person
                && text.toks.get(s0 + 1).is_some_and(|t| t.start == n.start)
                && text.text[n.end..]
                    .split_whitespace()
                    .next()
                    .is_some_and(|w| w.starts_with(char::is_lowercase) && !w.starts_with("spokes"));
            if member {
                return (Who::Unknown, true);
            }
            return (Who::Entity(n.entity), false);
        }
        // "said the father's lawyer, Nathalie Gallant."
        if let Some(&next) = segments.get(1) {
            let (s, e) = span(next);
            if let Some(n) = self.names_in(block, s, e).find(|n| n.start == s) {
                return (Who::Entity(n.entity), false);
            }
        }
        (Who::Unknown, is_determiner(lead))
    }

    /// "he" or "she": the most recent speaker of that gender within the last three
    /// paragraphs; unknown when the most recent speaker is someone unnamed, or when two
    /// speakers of the same sentence could be meant. With no speaker at all, the person who
    /// opens a sentence in this paragraph or the one before.
    fn pronoun(&mut self, male: bool, block: u32) -> Who {
        let fits = |r: &Self, e: u32| {
            r.entities
                .get(e as usize)
                .is_some_and(|x| x.kind == EntityKind::Person)
                && r.gender_of(e).is_none_or(|g| g == male)
        };
        let mut found: Option<Spoke> = None;
        // The last speakers are enough: a pronoun refers to one of the most recent.
        for spoke in self.memory.iter().rev().take(MEMORY) {
            if spoke.block + 3 < block {
                break;
            }
            let Some(e) = spoke.entity else {
                if found.is_none() {
                    return Who::Unknown;
                }
                break;
            };
            if !fits(self, e) {
                continue;
            }
            match found {
                // The most recent fits only because its gender is unknown, and an earlier
                // one is known to fit: either could be meant.
                Some(f)
                    if f.entity != Some(e)
                        && f.entity.is_some_and(|x| self.gender_of(x).is_none())
                        && self.gender_of(e) == Some(male) =>
                {
                    return Who::Unknown
                }
                None => found = Some(*spoke),
                Some(f)
                    if f.entity != Some(e)
                        && f.block == spoke.block
                        && f.sentence == spoke.sentence =>
                {
                    return Who::Unknown
                }
                Some(_) => break,
            }
        }
        let chosen = found.and_then(|f| f.entity).or_else(|| {
            self.subjects
                .iter()
                .rev()
                .take(MEMORY)
                .take_while(|&&(_, b)| b + 1 >= block)
                .find(|&&(e, _)| fits(self, e))
                .map(|&(e, _)| e)
        });
        match chosen {
            Some(e) => {
                self.learn(e, male);
                Who::Entity(e)
            }
            None => Who::Unknown,
        }
    }
}

/// "Kerry and Lavrov said": the chosen name is one of several joined by "and".
fn plural(text: &BlockText, chosen: &Named, in_segment: &[&Named]) -> bool {
    in_segment.iter().any(|n| {
        n.person && n.entity != chosen.entity && {
            let (a, b) = if n.start < chosen.start {
                (n.end, chosen.start)
            } else {
                (chosen.end, n.start)
            };
            let between = text.text.get(a..b).unwrap_or_default().trim();
            between == "and" || between == "&"
        }
    })
}

/// A role noun that tells gender ("spokeswoman").
fn role(word: &str) -> Option<bool> {
    (word.chars().count() > 3)
        .then(|| words::gender(word))
        .flatten()
}
