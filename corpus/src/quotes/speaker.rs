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
//!    a full stop, which ends the sentence;
//! 2. the event in its own sentence before its opening mark (`Kerry said that "..."`,
//!    `he said, "..."`), or the name that opens a clause ending in a colon (`Prelogar: "..."`);
//! 3. the latest speaker named earlier in the same paragraph (`..., Smith said. "More."`);
//! 4. for a paragraph that opens with the quotation: the last speaker of the paragraph just
//!    before it.

use crate::article::{Article, Entity, EntityKind, Mention};

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
/// a place is never a speaker.
pub struct Mentions {
    per_article: Vec<Vec<Named>>,
}

impl Mentions {
    pub fn new(articles: usize, entities: &[Entity]) -> Self {
        let mut per_article = vec![Vec::new(); articles];
        for (e, entity) in entities.iter().enumerate() {
            if entity.kind == EntityKind::Place {
                continue;
            }
            for set in &entity.articles {
                let Some(list) = per_article.get_mut(set.article as usize) else {
                    continue;
                };
                list.extend(
                    set.mentions
                        .iter()
                        .filter(|m| m.block != Mention::TITLE)
                        .map(|m| Named {
                            block: m.block,
                            start: m.start as usize,
                            end: m.end as usize,
                            entity: e as u32,
                            person: entity.kind == EntityKind::Person,
                        }),
                );
            }
        }
        for list in &mut per_article {
            list.sort_by_key(|m| (m.block, m.start));
        }
        Self { per_article }
    }

    pub fn of(&self, article: usize) -> &[Named] {
        self.per_article.get(article).map_or(&[], Vec::as_slice)
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
    who: Who,
}

/// The words and marks of one block, with the quotations cut out.
struct BlockText<'a> {
    text: &'a str,
    toks: Vec<Tok>,
    /// Quoted byte ranges (marks included), sorted.
    quoted: Vec<(usize, usize)>,
}

impl<'a> BlockText<'a> {
    fn new(text: &'a str, quoted: Vec<(usize, usize)>) -> Self {
        let spans: Vec<(usize, usize)> = words::word_spans(text).collect();
        let mut toks = Vec::new();
        let mut w = 0;
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
            if !quoted.iter().any(|&(s, e)| tok.start >= s && tok.start < e) {
                toks.push(tok);
            }
        }
        Self { text, toks, quoted }
    }

    fn s(&self, t: &Tok) -> &'a str {
        &self.text[t.start..t.end]
    }

    fn is_punct(&self, t: &Tok, set: &[char]) -> bool {
        !t.word && self.s(t).chars().next().is_some_and(|c| set.contains(&c))
    }

    /// A `.`, `!` or `?` that ends a sentence: not after an abbreviation or an initial, and
    /// followed by the end, a capital or a mark.
    fn ends_sentence(&self, i: usize) -> bool {
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

    /// Index of the first token of the clause that holds token `i`: after the last sentence
    /// end or quotation before it.
    fn clause_start(&self, i: usize) -> usize {
        let mut k = i;
        while k > 0 {
            let prev = k - 1;
            if self.ends_sentence(prev)
                || self.is_punct(&self.toks[prev], &[';'])
                || self.gap_has_quote(prev, k)
            {
                break;
            }
            k -= 1;
        }
        k
    }

    /// A quotation lies between tokens `a` and `b`.
    fn gap_has_quote(&self, a: usize, b: usize) -> bool {
        let (from, to) = (self.toks[a].end, self.toks[b].start);
        self.quoted.iter().any(|&(s, e)| s >= from && e <= to)
    }

    /// Index of the token at or after byte `offset`.
    fn tok_at(&self, offset: usize) -> usize {
        self.toks.partition_point(|t| t.start < offset)
    }
}

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

fn is_pronoun_other(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "i" | "we" | "they" | "it" | "you" | "who" | "which" | "that"
    )
}

/// Reads one article: the speaker of each quotation in `spans` (`None` when unknown).
pub fn attribute(
    article: &Article,
    spans: &[Span],
    names: &[Named],
    entities: &[Entity],
) -> Vec<Option<u32>> {
    let mut reader = Reader {
        names,
        entities,
        gender: Vec::new(),
        memory: Vec::new(),
    };
    reader.learn_honorifics(article);
    let blocks: Vec<BlockText> = article
        .blocks
        .iter()
        .enumerate()
        .map(|(b, block)| BlockText::new(&block.text, quoted_ranges(spans, b as u32, &block.text)))
        .collect();
    let events: Vec<Vec<Event>> = blocks
        .iter()
        .enumerate()
        .map(|(b, text)| reader.events(b as u32, text))
        .collect();
    let mut out: Vec<Option<u32>> = Vec::with_capacity(spans.len());
    let mut last_of_block: Vec<Option<Who>> =
        events.iter().map(|e| e.last().map(|e| e.who)).collect();
    for (q, span) in spans.iter().enumerate() {
        let who = own_attribution(span, &blocks, &events, names)
            .or_else(|| {
                // 3. The latest speaker earlier in the same paragraph.
                let b = span.block as usize;
                let before_quote = events[b].iter().rev().find(|e| e.at < span.open);
                let earlier_quote = (0..q).rev().map(|p| (&spans[p], out[p])).find(|(s, _)| {
                    s.end_block == span.block && s.close.is_some_and(|c| c <= span.open)
                });
                match (before_quote, earlier_quote) {
                    (Some(e), Some((s, w))) if s.open > e.at => w.map(Who::Entity),
                    (Some(e), _) => Some(e.who),
                    (None, Some((_, w))) => w.map(Who::Entity),
                    (None, None) => None,
                }
            })
            .or_else(|| {
                // 4. A quote paragraph after a paragraph that names a speaker.
                let b = span.block as usize;
                let opens_block = article.blocks[b].text[..span.open].trim().is_empty();
                (opens_block && b > 0)
                    .then(|| last_of_block[b - 1])
                    .flatten()
            });
        let who = match who {
            Some(Who::Entity(e)) => Some(e),
            _ => None,
        };
        if let Some(e) = who {
            let last = span.end_block as usize;
            let later_event = events[last]
                .last()
                .is_some_and(|ev| span.close.is_some_and(|c| ev.at > c));
            if !later_event {
                last_of_block[last] = Some(Who::Entity(e));
            }
        }
        out.push(who);
    }
    out
}

/// Rules 1 and 2: the clause right after the quote, or the one before it in its sentence.
fn own_attribution(
    span: &Span,
    blocks: &[BlockText],
    events: &[Vec<Event>],
    names: &[Named],
) -> Option<Who> {
    let last = &blocks[span.end_block as usize];
    if let Some(close) = span.close {
        let inner = last.text[..span.end as usize].trim_end();
        let full_stop = inner.ends_with('.') && !inner.ends_with("..");
        if !full_stop {
            let next = last.toks.get(last.tok_at(close)).map(|t| t.start);
            let after = events[span.end_block as usize]
                .iter()
                .find(|e| Some(e.clause) == next && e.at >= close);
            if let Some(e) = after {
                let words_between = last.toks[last.tok_at(close)..last.tok_at(e.at)]
                    .iter()
                    .filter(|t| t.word)
                    .count();
                if words_between <= 12 {
                    return Some(e.who);
                }
            }
        }
    }
    let first = &blocks[span.block as usize];
    let open_tok = first.tok_at(span.open);
    let clause = if open_tok == 0 {
        0
    } else {
        first.clause_start(open_tok - 1)
    };
    let from = first.toks.get(clause).map_or(span.open, |t| t.start);
    if let Some(e) = events[span.block as usize]
        .iter()
        .rev()
        .find(|e| e.at >= from && e.at < span.open)
    {
        return Some(e.who);
    }
    // `Name: "..."` and `Name cut her off: "..."`.
    let lead = &first.toks[clause..open_tok];
    if lead.last().is_some_and(|t| first.s(t) == ":") {
        let third_word = lead.iter().filter(|t| t.word).nth(3).map(|t| t.start);
        let name = names.iter().find(|n| {
            n.block == span.block
                && n.start >= from
                && third_word.is_none_or(|w| n.start < w)
                && n.end <= span.open
        });
        if let Some(n) = name {
            return Some(Who::Entity(n.entity));
        }
    }
    None
}

/// The byte ranges of `block` covered by quotations, marks included.
fn quoted_ranges(spans: &[Span], block: u32, text: &str) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = spans
        .iter()
        .filter(|s| s.block <= block && block <= s.end_block)
        .map(|s| {
            let start = if s.block == block { s.open } else { 0 };
            let end = if s.end_block == block {
                s.close.unwrap_or(text.len())
            } else {
                text.len()
            };
            (start, end)
        })
        .collect();
    out.sort_unstable();
    out
}

struct Reader<'a> {
    names: &'a [Named],
    entities: &'a [Entity],
    /// Gender learnt in this article: `(entity, male)`.
    gender: Vec<(u32, bool)>,
    /// Speakers so far: `(entity, block, sentence start)`, most recent last.
    memory: Vec<(u32, u32, usize)>,
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

    /// "Mr Dijsselbloem", "Mrs Merkel": the word before a name tells its gender.
    fn learn_honorifics(&mut self, article: &Article) {
        for n in self.names.iter().filter(|n| n.person) {
            let Some(text) = article.blocks.get(n.block as usize).map(|b| &b.text) else {
                continue;
            };
            let before = text.get(..n.start).unwrap_or_default();
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

    fn names_in(&self, block: u32, from: usize, to: usize) -> impl Iterator<Item = &Named> {
        self.names
            .iter()
            .filter(move |n| n.block == block && n.start >= from && n.end <= to)
    }

    /// The speech events of one block, in order.
    fn events(&mut self, block: u32, text: &BlockText) -> Vec<Event> {
        let mut out: Vec<Event> = Vec::new();
        for i in 0..text.toks.len() {
            let t = &text.toks[i];
            if !t.word {
                continue;
            }
            let w = text.s(t);
            let according = w.eq_ignore_ascii_case("according")
                && text.toks.get(i + 1).is_some_and(|n| text.s(n) == "to");
            if !according && !words::is_speech_verb(w) {
                continue;
            }
            let clause_tok = text.clause_start(i);
            let clause = text.toks[clause_tok].start;
            let sentence = clause;
            let subject_words = text.toks[clause_tok..i].iter().filter(|t| t.word).count();
            let participle = w.ends_with("ing") && !according;
            let who = if according {
                self.object(block, text, i + 2)
            } else if participle {
                match out.iter().rev().find(|e| e.clause == clause) {
                    Some(e) => Some(e.who),
                    None => self.subject(block, text, clause_tok, i),
                }
            } else if subject_words == 0 {
                self.object(block, text, i + 1)
            } else {
                self.subject(block, text, clause_tok, i)
            };
            let Some(who) = who else { continue };
            if let Who::Entity(e) = who {
                self.memory.push((e, block, sentence));
            }
            out.push(Event {
                at: t.start,
                clause,
                who,
            });
        }
        out
    }

    /// The speaker named before the verb at token `verb`, from token `from` on; `None` when
    /// the words before the verb are no subject at all (a verb used otherwise).
    fn subject(&mut self, block: u32, text: &BlockText, from: usize, verb: usize) -> Option<Who> {
        let from = from.max(verb.saturating_sub(30));
        // A pronoun right before the verb ("he said", "she also told").
        let mut k = verb;
        while k > from && text.toks[k - 1].word && words::is_between(text.s(&text.toks[k - 1])) {
            k -= 1;
        }
        if k > from {
            let prev = &text.toks[k - 1];
            let w = text.s(prev);
            if prev.word {
                if let Some(male) = words::gender(w).filter(|_| w.chars().count() <= 3) {
                    return Some(self.pronoun(male, block));
                }
                if is_pronoun_other(w) {
                    return Some(Who::Unknown);
                }
            }
        }
        // Segments between commas and dashes; relative clauses and appositions starting with
        // "who", "a", "the <noun>" describe the subject, they do not name it.
        let mut best: Option<&Named> = None;
        let mut best_org: Option<&Named> = None;
        let mut seg_start = from;
        let mut role_gender = None;
        for k in from..=verb {
            let end =
                k == verb || text.is_punct(&text.toks[k], &[',', '—', '–', '(', ')', ':', ';']);
            if !end {
                continue;
            }
            if seg_start < k {
                let seg = &text.toks[seg_start..k];
                let first = text.s(&seg[0]).to_lowercase();
                let second_lower = seg
                    .get(1)
                    .is_some_and(|t| text.s(t).chars().next().is_some_and(char::is_lowercase));
                let describes = matches!(
                    first.as_str(),
                    "who" | "whose" | "which" | "where" | "when" | "while" | "a" | "an"
                ) || (first == "the" && second_lower);
                let (s, e) = (seg[0].start, seg[seg.len() - 1].end);
                if !describes {
                    let in_seg: Vec<&Named> = self.names_in(block, s, e).collect();
                    if let Some(p) = in_seg.iter().rev().find(|n| n.person) {
                        if plural(text, p, &in_seg) {
                            return Some(Who::Unknown);
                        }
                        best = Some(p);
                    } else if let Some(o) = in_seg.last() {
                        best_org = best_org.or(Some(o));
                    }
                }
                role_gender = role_gender.or_else(|| seg.iter().find_map(|t| role(text.s(t))));
            }
            seg_start = k + 1;
        }
        let who = best.or(best_org).map(|n| n.entity);
        if let (Some(e), Some(male)) = (who, role_gender) {
            self.learn(e, male);
        }
        Some(who.map_or(Who::Unknown, Who::Entity))
    }

    /// The speaker named after the verb ("said Kerry, whose ...", "according to the UN").
    fn object(&mut self, block: u32, text: &BlockText, from: usize) -> Option<Who> {
        let mut segments = Vec::new();
        let mut start = from;
        for k in from..=text.toks.len() {
            let end = k == text.toks.len()
                || text.ends_sentence(k)
                || text.is_punct(&text.toks[k], &[',', '—', '–', '(', ')', ':', ';'])
                || (k > from && text.gap_has_quote(k - 1, k));
            if end {
                if start < k {
                    segments.push((start, k));
                }
                if k == text.toks.len()
                    || text.ends_sentence(k)
                    || (k > from && text.gap_has_quote(k - 1, k))
                    || segments.len() == 2
                {
                    break;
                }
                start = k + 1;
            }
        }
        let (s0, e0) = *segments.first()?;
        let span = |(s, e): (usize, usize)| (text.toks[s].start, text.toks[e - 1].end);
        let (s, e) = span((s0, e0));
        let first: Vec<&Named> = self.names_in(block, s, e).collect();
        if let Some(p) = first.iter().rev().find(|n| n.person) {
            if plural(text, p, &first) {
                return Some(Who::Unknown);
            }
            return Some(Who::Entity(p.entity));
        }
        if let Some(o) = first.first() {
            return Some(Who::Entity(o.entity));
        }
        // "said the father's lawyer, Nathalie Gallant."
        if let Some(&next) = segments.get(1) {
            let (s, e) = span(next);
            if let Some(n) = self.names_in(block, s, e).find(|n| n.start == s) {
                return Some(Who::Entity(n.entity));
            }
        }
        let pronoun = text.s(&text.toks[s0]);
        match words::gender(pronoun) {
            Some(male) if pronoun.chars().count() <= 3 => Some(self.pronoun(male, block)),
            _ => Some(Who::Unknown),
        }
    }

    /// "he" or "she": the most recent speaker of that gender within the last three
    /// paragraphs; unknown when two speakers of the same sentence could be meant.
    fn pronoun(&mut self, male: bool, block: u32) -> Who {
        let fits = |r: &Self, e: u32| {
            r.entities
                .get(e as usize)
                .is_some_and(|x| x.kind == EntityKind::Person)
                && r.gender_of(e).is_none_or(|g| g == male)
        };
        let mut found: Option<(u32, u32, usize)> = None;
        for &(e, b, s) in self.memory.iter().rev() {
            if b + 3 < block {
                break;
            }
            if !fits(self, e) {
                continue;
            }
            match found {
                None => found = Some((e, b, s)),
                Some((f, fb, fs)) if f != e && fb == b && fs == s => return Who::Unknown,
                Some(_) => break,
            }
        }
        match found {
            Some((e, _, _)) => {
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
