//! What the page says about a search, as plain text: the summary above the cards, the label
//! of the weak group, how a card matched, the notes on how a query was read while it is typed
//! or when it is very long, and what to do when nothing matches (the advice, "did you mean",
//! shorter searches to try). One place for the app's list and the quick search (`quick/`), so
//! that both say exactly the same and the app's take-over of the quick results moves nothing.
//!
//! Pure functions of a [`Listed`] (what a result list holds) and the query. The rules come
//! from `docs/search.md`: the count shown is the strong group's; words found only by a prefix
//! or a typo correction are said to be so; "check the spelling" only for a word the collection
//! has in no form and nothing close to.
//!
//! No `core::fmt` here (the quick search links this module and must stay small): text is
//! built with `push_str`, numbers with [`push_number`].

use super::query::{is_quote, parse, Excluded, Part, Query};
use super::tokens::for_each_word;
use super::{Group, How, Ranked, Ranking, Suggestion};
use crate::fold::fold_char;

/// The line before the "did you mean" words.
pub const DID_YOU_MEAN: &str = "Did you mean:";

/// The line before the shorter searches when some articles match part of the query.
pub const SHORTER: &str = "Or try a shorter search:";

/// Appends `n` in decimal.
pub fn push_number(out: &mut String, n: usize) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    let mut rest = n;
    while at > 0 {
        at -= 1;
        if let Some(d) = digits.get_mut(at) {
            *d = b'0' + (rest % 10) as u8;
        }
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    for &d in digits.get(at..).unwrap_or_default() {
        out.push(char::from(d));
    }
}

/// `one` when `n` is 1, else `many`: nouns ("1 article", "2 articles") and the verbs that
/// agree with them ("1 article matches", "2 articles match").
pub fn plural<'a>(n: usize, one: &'a str, many: &'a str) -> &'a str {
    if n == 1 {
        one
    } else {
        many
    }
}

/// `n` followed by the word for it: "1 article", "3 articles", "0 articles".
pub fn count(n: usize, one: &str, many: &str) -> String {
    let mut out = String::new();
    push_number(&mut out, n);
    out.push(' ');
    out.push_str(plural(n, one, many));
    out
}

/// `a`, `a and b`, `a, b and c`.
pub fn join_and(items: &[&str]) -> String {
    let mut out = String::new();
    push_joined(&mut out, items, |out, item| out.push_str(item));
    out
}

/// Appends `items` joined with commas and "and", each written by `write`.
fn push_joined(out: &mut String, items: &[&str], write: fn(&mut String, &str)) {
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(if i + 1 == items.len() { " and " } else { ", " });
        }
        write(out, item);
    }
}

/// `word` in “ ”.
fn marked(word: &str) -> String {
    ["“", word, "”"].concat()
}

/// The query as the page quotes it: in “ ” unless it holds quotation marks of its own (no
/// marks inside marks); a phrase still being typed is shown closed, as it is searched.
pub fn quoted(query: &str) -> String {
    let mut marks = 0;
    let mut last = None;
    for c in query.chars().filter(|&c| is_quote(c)) {
        marks += 1;
        last = Some(c);
    }
    match last {
        None => marked(query),
        Some(open) if marks % 2 == 1 => {
            let close = match open {
                '“' => '”',
                '„' => '“',
                '«' => '»',
                other => other,
            };
            let mut out = query.to_string();
            out.push(close);
            out
        }
        Some(_) => query.to_string(),
    }
}

/// A folded word shown with its first letter as the visitor typed it, when they typed that
/// letter otherwise (a capital, an accent): `Medvedev` for `Medvedv`, `Grain` for `Gxaxn`;
/// else capitalised when the typed word starts with a capital A to Z. Through the fold, not
/// the standard library's case tables (which would add 15 KB to the quick search).
pub fn shown_like(found: &str, typed: &str) -> String {
    let mut chars = found.chars();
    let (Some(first), Some(t)) = (chars.next(), typed.chars().next()) else {
        return found.to_string();
    };
    let mut folds = 0;
    let mut same = false;
    fold_char(t, |c| {
        folds += 1;
        same = c == first;
    });
    let shown = if same && folds == 1 {
        t
    } else if t.is_ascii_uppercase() {
        first.to_ascii_uppercase()
    } else {
        first
    };
    let mut out = String::with_capacity(found.len() + 4);
    out.push(shown);
    out.push_str(chars.as_str());
    out
}

/// What a kind of match is called on the page; `None` for the word itself.
fn kind_name(how: How) -> Option<&'static str> {
    match how {
        How::Exact => None,
        How::Stem => Some("same stem"),
        How::Prefix => Some("word start"),
        How::Typo => Some("close spelling"),
        How::Entity => Some("name"),
    }
}

/// `Medvedev for “Medvedv” (close spelling)`.
fn found_for(found: &str, typed: &str, kind: &str) -> String {
    [found, " for ", &marked(typed), " (", kind, ")"].concat()
}

/// The line a card shows under its snippet when some query word matched otherwise than as
/// itself: `Matched: bombs for “bombing” (same stem), Medvedev for “Medvedv” (close
/// spelling)`. `form` gives how the article writes a folded word, when it is known.
pub fn matched_line(hit: &Ranked, form: impl Fn(&str) -> Option<String>) -> Option<String> {
    let mut seen: Vec<(&str, &str)> = Vec::new();
    let mut line = String::from("Matched: ");
    for m in &hit.matches {
        let Some(kind) = kind_name(m.how) else {
            continue;
        };
        if seen.contains(&(m.word.as_str(), m.found.as_str())) {
            continue;
        }
        if !seen.is_empty() {
            line.push_str(", ");
        }
        seen.push((&m.word, &m.found));
        let found = match m.how {
            How::Entity => m.found.clone(),
            _ => form(&m.found).unwrap_or_else(|| shown_like(&m.found, &m.word)),
        };
        line.push_str(&found_for(&found, &m.word, kind));
    }
    (!seen.is_empty()).then_some(line)
}

/// What the weak hits among `hits` matched besides exact words: `words starting with “un”`,
/// `Medvedev for “Medvedv” (close spelling)` (the close spellings of one typed word together),
/// joined by "or"; `None` when no hit is weak, or
/// none matched by a prefix or a close spelling (a phrase searched without its last word: a
/// note says so).
pub fn weak_phrase<'a>(hits: impl IntoIterator<Item = &'a Ranked>) -> Option<String> {
    let mut prefixes: Vec<&str> = Vec::new();
    // (found, typed) in order, each once: thousands of weak hits share a few of them.
    let mut typos: Vec<(&str, &str)> = Vec::new();
    for hit in hits.into_iter().filter(|h| h.group == Group::Weak) {
        for m in &hit.matches {
            match m.how {
                How::Prefix if !prefixes.contains(&m.word.as_str()) => prefixes.push(&m.word),
                How::Typo => {
                    let pair = (m.found.as_str(), m.word.as_str());
                    if let Err(at) = typos.binary_search(&pair) {
                        typos.insert(at, pair);
                    }
                }
                _ => {}
            }
        }
    }
    let mut pieces: Vec<String> = prefixes
        .iter()
        .map(|w| ["words starting with ", &marked(w)].concat())
        .collect();
    // The close spellings of one typed word together: `government or governments for
    // “goverment” (close spelling)`.
    let mut typed_words: Vec<&str> = Vec::new();
    for &(_, typed) in &typos {
        if !typed_words.contains(&typed) {
            typed_words.push(typed);
        }
    }
    for typed in typed_words {
        let mut found: Vec<String> = Vec::new();
        for &(f, _) in typos.iter().filter(|(_, t)| *t == typed) {
            let shown = shown_like(f, typed);
            if !found.contains(&shown) {
                found.push(shown);
            }
        }
        pieces.push(found_for(&found.join(" or "), typed, "close spelling"));
    }
    let mut phrase = String::new();
    for piece in &pieces {
        if !phrase.is_empty() {
            phrase.push_str(" or ");
        }
        phrase.push_str(piece);
    }
    (!phrase.is_empty()).then_some(phrase)
}

/// How the search read the query, from its [`Ranking`]: what the page says besides the count.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Reading {
    /// The query ends in a one-letter word: "keep typing".
    pub keep_typing: bool,
    /// That letter, when it matched nothing: the results are those of the query without it
    /// (see [`leave_out_letter`]).
    pub letter_left_out: Option<String>,
    /// An exclusion still being typed, not applied yet.
    pub pending_exclusion: Option<String>,
    /// An unclosed phrase searched without its unfinished last word (as typed).
    pub phrase_without: Option<String>,
    /// Only this many bytes of a very long query were searched.
    pub searched_bytes: Option<usize>,
    /// Query words the collection has in no form (when nothing matches every part).
    pub unknown: Vec<String>,
    /// The nearest words of the collection for the unknown words that have some.
    pub nearest: Vec<Suggestion>,
}

impl Reading {
    /// How `ranking`'s query was read.
    pub fn of(ranking: &Ranking) -> Reading {
        Reading {
            keep_typing: ranking.keep_typing,
            letter_left_out: None,
            pending_exclusion: ranking.pending_exclusion.clone(),
            phrase_without: ranking.phrase_without.clone(),
            searched_bytes: ranking.searched_bytes,
            unknown: ranking.unknown.clone(),
            nearest: ranking.suggestions.clone(),
        }
    }
}

/// A one-letter word being typed that leaves no full match is not searched yet: the list is
/// that of the query without it, never a false "no result" while typing. When the query's
/// ranking says `keep_typing` and no article matched all of it (`matched_all` false), the
/// query without its last character and that character (then [`Reading::letter_left_out`]).
pub fn leave_out_letter(
    query: &str,
    keep_typing: bool,
    matched_all: bool,
) -> Option<(&str, String)> {
    if !keep_typing || matched_all {
        return None;
    }
    let (at, letter) = query.char_indices().next_back()?;
    Some((query.get(..at)?, letter.to_string()))
}

/// What a result list holds, as the wording needs it.
#[derive(Debug, Clone)]
pub struct Listed<'a> {
    /// Articles in the collection.
    pub total: usize,
    /// Articles in the list.
    pub items: usize,
    /// Items that matched every part of the query by exact words, stems or entity names (all
    /// items without a query): the count to show.
    pub strong: usize,
    /// Items that matched some part only by a prefix or a close spelling.
    pub weak: usize,
    /// No article matches the whole query: the items match some of it.
    pub partial: bool,
    /// The query has something to search (see [`searches`]).
    pub searched: bool,
    /// The names of the entities the list is filtered by.
    pub filters: Vec<&'a str>,
    /// How the search read the query.
    pub reading: &'a Reading,
    /// What the weak items matched ([`weak_phrase`]).
    pub weak_phrase: Option<String>,
}

impl<'a> Listed<'a> {
    /// The list of every hit of `ranking`, the ranking of `query` (no filter), in a collection
    /// of `total` articles.
    pub fn of(ranking: &Ranking, reading: &'a Reading, total: usize, query: &str) -> Listed<'a> {
        Listed {
            total,
            items: ranking.hits.len(),
            strong: ranking.strong,
            weak: ranking.weak,
            partial: ranking.hits.iter().any(|h| h.group == Group::Partial),
            searched: searches(query),
            filters: Vec::new(),
            reading,
            weak_phrase: weak_phrase(&ranking.hits),
        }
    }
}

/// The line above the weak group when it follows strong hits: `1 more article has words
/// starting with “un”`.
pub fn weak_label(list: &Listed) -> Option<String> {
    if list.strong == 0 || list.weak == 0 {
        return None;
    }
    let phrase = list.weak_phrase.as_deref()?;
    let mut out = String::new();
    push_number(&mut out, list.weak);
    out.push_str(" more ");
    out.push_str(plural(list.weak, "article has ", "articles have "));
    out.push_str(phrase);
    Some(out)
}

/// The sentence above the cards, e.g. `2 of 4 articles match “oil” and mention Oslo`. The
/// count is the strong group's (what matched as typed); when only weak hits match, it says
/// what they matched instead.
pub fn summary(list: &Listed, query: &str) -> String {
    let query = match &list.reading.letter_left_out {
        Some(letter) => query.strip_suffix(letter.as_str()).unwrap_or(query),
        None => query,
    };
    let query = query.trim();
    if list.partial {
        let n = list.items;
        return [
            "No article matches all of ",
            &quoted(query),
            "; ",
            &count(n, "article matches", "articles match"),
            " some of it",
        ]
        .concat();
    }
    if !list.searched && list.filters.is_empty() {
        return count(list.items, "article", "articles");
    }
    if list.searched && list.reading.keep_typing && list.items == 0 {
        return "Keep typing: one letter is too short to search".to_string();
    }
    let weak_only = list.searched && list.strong == 0 && list.weak > 0;
    let n = if !list.searched {
        list.items
    } else if weak_only {
        list.weak
    } else {
        list.strong
    };
    let mut text = String::new();
    push_number(&mut text, n);
    text.push_str(" of ");
    text.push_str(&count(list.total, "article", "articles"));
    if list.searched {
        text.push(' ');
        text.push_str(plural(n, "matches ", "match "));
        text.push_str(&quoted(query));
        if let Some(phrase) = list.weak_phrase.as_deref().filter(|_| weak_only) {
            text.push_str(" only with ");
            text.push_str(phrase);
        }
    }
    if !list.filters.is_empty() {
        if list.searched {
            text.push_str(" and");
        }
        text.push(' ');
        text.push_str(plural(n, "mentions ", "mention "));
        text.push_str(&join_and(&list.filters));
    }
    text
}

/// Notes on how the query was read while it is typed or when it is very long (what part was
/// searched), in the order the page shows them.
pub fn notes(list: &Listed) -> Vec<String> {
    let reading = list.reading;
    let mut out = Vec::new();
    if let Some(letter) = &reading.letter_left_out {
        out.push(
            [
                "Keep typing: ",
                &marked(letter),
                " is one letter, too short to search; showing the results without it",
            ]
            .concat(),
        );
    } else if reading.keep_typing && list.items > 0 && reading.phrase_without.is_none() {
        out.push("Keep typing: a one-letter word matches only itself".to_string());
    }
    if let Some(word) = &reading.phrase_without {
        out.push(
            [
                "No article has the phrase with a word starting with ",
                &marked(word),
                " yet: showing the phrase without it",
            ]
            .concat(),
        );
    }
    if let Some(word) = &reading.pending_exclusion {
        out.push(
            [
                "Press space to exclude ",
                &marked(word),
                " (exclusions of three letters or more apply as you type)",
            ]
            .concat(),
        );
    }
    if let Some(bytes) = reading.searched_bytes {
        let mut note = "This query is very long: only its first ".to_string();
        push_number(&mut note, bytes);
        note.push_str(" bytes (up to the last whole word) were searched");
        out.push(note);
    }
    out
}

/// A query word the collection lacks, and the nearest words it has, each with the query that
/// uses it instead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DidYouMean {
    /// The word as typed.
    pub word: String,
    /// `(nearest word, the query with it)`, closest first.
    pub instead: Vec<(String, String)>,
}

/// What the page says when no article matches: the advice, and the "did you mean" words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Empty {
    /// What to do.
    pub advice: String,
    /// The nearest words for the words the collection lacks.
    pub did_you_mean: Vec<DidYouMean>,
}

/// "Did you mean": for each query word the collection lacks, its nearest words (capitalised
/// as typed), each with the query that uses it instead.
pub fn did_you_mean(reading: &Reading, query: &str) -> Vec<DidYouMean> {
    let mut out = Vec::new();
    for s in reading.nearest.iter().filter(|s| !s.nearest.is_empty()) {
        let mut instead = Vec::new();
        for n in &s.nearest {
            let shown = shown_like(n, &s.word);
            let query = replace_word(query, &s.word, &shown);
            instead.push((shown, query));
        }
        out.push(DidYouMean {
            word: s.word.clone(),
            instead,
        });
    }
    out
}

/// What to say when `list` has no item (see [`Empty`]).
pub fn empty(list: &Listed, query: &str) -> Empty {
    let has_filters = !list.filters.is_empty();
    let reading = list.reading;
    let did_you_mean = did_you_mean(reading, query);
    let nothing_close: Vec<&str> = reading
        .unknown
        .iter()
        .filter(|w| !did_you_mean.iter().any(|d| &d.word == *w))
        .map(String::as_str)
        .collect();
    let filter_hint = if has_filters {
        " Try removing a filter."
    } else {
        ""
    };
    let advice = if list.searched && reading.keep_typing {
        "A second letter searches the words that start with these two.".to_string()
    } else if !list.searched {
        if has_filters {
            "No article mentions all of these. Try removing a filter.".to_string()
        } else {
            "No article matches.".to_string()
        }
    } else if !nothing_close.is_empty() {
        [
            "No article has ",
            &in_marks(&nothing_close),
            " in any form, nor a word close to it: check the spelling.",
            filter_hint,
        ]
        .concat()
    } else if !did_you_mean.is_empty() {
        let words: Vec<&str> = did_you_mean.iter().map(|d| d.word.as_str()).collect();
        [
            "No article has ",
            &in_marks(&words),
            " in any form.",
            filter_hint,
        ]
        .concat()
    } else if has_filters {
        "No article that mentions the filtered names matches. Try removing a filter or a word."
            .to_string()
    } else {
        let q = parse(query);
        let words = if q.parts.iter().any(|p| matches!(p, Part::Phrase { .. })) {
            "these words together in this order"
        } else {
            "all of these words"
        };
        let without = if q.excluded.iter().any(Excluded::applies) {
            " without an excluded one"
        } else {
            ""
        };
        [
            "No article has ",
            words,
            without,
            ", though each of them is in the collection.",
        ]
        .concat()
    };
    Empty {
        advice,
        did_you_mean,
    }
}

/// The label of a shorter search to try: `Search for “oil” (3 results)`.
pub fn search_for(query: &str, results: usize) -> String {
    [
        "Search for ",
        &quoted(query),
        " (",
        &count(results, "result", "results"),
        ")",
    ]
    .concat()
}

/// The label of a filter to remove: `Remove the filter Valport (3 results)`.
pub fn remove_filter(name: &str, results: usize) -> String {
    [
        "Remove the filter ",
        name,
        " (",
        &count(results, "result", "results"),
        ")",
    ]
    .concat()
}

/// `words`, each in “ ”, joined with commas and "and".
fn in_marks(words: &[&str]) -> String {
    let mut out = String::new();
    push_joined(&mut out, words, |out, word| out.push_str(&marked(word)));
    out
}

/// `query` with the first whole word written `typed` replaced by `with`.
pub fn replace_word(query: &str, typed: &str, with: &str) -> String {
    let mut at = None;
    for_each_word(query, |s, e, _| {
        if at.is_none() && query.get(s..e) == Some(typed) {
            at = Some((s, e));
        }
    });
    match at {
        Some((s, e)) => [
            query.get(..s).unwrap_or_default(),
            with,
            query.get(e..).unwrap_or_default(),
        ]
        .concat(),
        None => query.to_string(),
    }
}

/// `out` gets a part of a parsed query written back as a query, after a space unless it is
/// the first: a word as typed, a phrase in straight quotes (closed).
fn push_part(out: &mut String, part: &Part) {
    if !out.is_empty() {
        out.push(' ');
    }
    match part {
        Part::Word { word, .. } => out.push_str(&word.typed),
        Part::Phrase { words, .. } => {
            out.push('"');
            for (i, w) in words.iter().enumerate() {
                if i > 0 {
                    out.push(' ');
                }
                out.push_str(&w.typed);
            }
            out.push('"');
        }
    }
}

/// `out` gets a finished exclusion written back as a query, after a space.
fn push_excluded(out: &mut String, excluded: &Excluded) {
    out.push_str(" -");
    match excluded.words.as_slice() {
        [one] => out.push_str(one),
        words => {
            out.push('"');
            out.push_str(&words.join(" "));
            out.push('"');
        }
    }
}

/// The query with one of its parts (a word or a phrase) left out, for each part, when it has
/// two or more; its finished exclusions kept with every one. Then, when an exclusion applies
/// (see [`Excluded::applies`]), the query without its exclusions. Made from the search parser's own parts, so a
/// suggestion reads the way the search does (curly quotes, compounds, an unclosed phrase) and
/// is never an exclusion alone.
pub fn shorter_queries(query: &str) -> Vec<String> {
    let Query {
        parts, excluded, ..
    } = parse(query);
    let mut out = Vec::new();
    if parts.len() >= 2 {
        for skip in 0..parts.len() {
            let mut shorter = String::new();
            for (i, part) in parts.iter().enumerate() {
                if i != skip {
                    push_part(&mut shorter, part);
                }
            }
            for e in excluded.iter().filter(|e| !e.typing) {
                push_excluded(&mut shorter, e);
            }
            out.push(shorter);
        }
    }
    if !parts.is_empty() && excluded.iter().any(Excluded::applies) {
        let mut all = String::new();
        for part in &parts {
            push_part(&mut all, part);
        }
        out.push(all);
    }
    out
}

/// Whether `query` has anything to search: a word, a phrase or an exclusion.
pub fn searches(query: &str) -> bool {
    let q = parse(query);
    !q.parts.is_empty() || !q.excluded.is_empty()
}

#[cfg(all(test, feature = "build"))]
mod tests {
    use super::*;
    use crate::article::{Article, Block, Corpus};
    use crate::search::Match;
    use crate::search::SearchIndex;

    /// Four invented articles (the app's test fixture's text).
    fn index() -> SearchIndex {
        let article = |id: &str, title: &str, paragraphs: &[&str]| {
            Article::new(
                id,
                title,
                paragraphs.iter().map(|p| Block::paragraph(*p)).collect(),
            )
        };
        let articles = vec![
            article(
                "harbour-strike",
                "Dock workers strike at the harbour",
                &[
                    "Maria Lopez, who leads the dock union, said the strike would continue \
                     until the Harbour Authority returns to talks.",
                    "Lopez said ships were waiting outside Valport for a third day.",
                ],
            ),
            article(
                "port-reopens",
                "Valport harbour reopens after deal",
                &[
                    "The Harbour Authority and the union signed a deal on Friday, ending the \
                     strike.",
                    "Maria Lopez called it a fair outcome for workers in Valport.",
                ],
            ),
            article(
                "grain-prices",
                "Grain prices climb in Northland",
                &[
                    "Prices rose for a fourth week, the Northland Farmers Council said.",
                    "Council chair Tom Reyes blamed the dry spring.",
                ],
            ),
            article(
                "markup-in-text",
                "Why markup stays text",
                &["A paragraph with markup inside it, about grain."],
            ),
        ];
        SearchIndex::build(&Corpus {
            articles,
            entities: Vec::new(),
            quotes: Vec::new(),
        })
    }

    /// A query searched as the app and the quick search do: without a one-letter last word
    /// that leaves no full match. The ranking, how it was read and the query searched.
    fn read(query: &str) -> (Ranking, Reading, String) {
        let index = index();
        let ranking = index.rank(query);
        let matched_all =
            !ranking.hits.is_empty() && ranking.hits.iter().all(|h| h.group != Group::Partial);
        match leave_out_letter(query, ranking.keep_typing, matched_all) {
            Some((rest, letter)) => {
                let ranking = index.rank(rest);
                let mut reading = Reading::of(&ranking);
                reading.keep_typing = true;
                reading.letter_left_out = Some(letter);
                (ranking, reading, rest.to_string())
            }
            None => {
                let reading = Reading::of(&ranking);
                (ranking, reading, query.to_string())
            }
        }
    }

    /// The summary, the weak group's label and the notes for `query`, as the page says them.
    fn said(query: &str) -> (String, Option<String>, Vec<String>) {
        let (ranking, reading, searched) = read(query);
        let list = Listed::of(&ranking, &reading, 4, &searched);
        (summary(&list, query), weak_label(&list), notes(&list))
    }

    #[test]
    fn numbers_and_counts_are_written_without_fmt() {
        let written = |n: usize| {
            let mut out = String::new();
            push_number(&mut out, n);
            out
        };
        assert_eq!(written(0), "0");
        assert_eq!(written(7), "7");
        assert_eq!(written(1040), "1040");
        assert_eq!(written(usize::MAX), usize::MAX.to_string());
        assert_eq!(count(1, "article", "articles"), "1 article");
        assert_eq!(count(0, "article", "articles"), "0 articles");
        assert_eq!(count(21, "result", "results"), "21 results");
        assert_eq!(plural(2, "matches", "match"), "match");
        assert_eq!(join_and(&["a", "b", "c"]), "a, b and c");
        assert_eq!(join_and(&["a"]), "a");
        assert_eq!(search_for("oil", 1), "Search for “oil” (1 result)");
        assert_eq!(
            remove_filter("Valport", 3),
            "Remove the filter Valport (3 results)"
        );
    }

    #[test]
    fn the_count_is_the_exact_matches_and_the_weak_group_says_how_it_matched() {
        // "to" is a word of the first article and starts "Tom" in the third.
        let (ranking, _, _) = read("to");
        assert_eq!((ranking.strong, ranking.weak), (1, 1));
        let (summary, label, notes) = said("to");
        assert_eq!(summary, "1 of 4 articles matches “to”");
        assert_eq!(
            label.as_deref(),
            Some("1 more article has words starting with “to”")
        );
        assert!(notes.is_empty());
        // Typed or with a space after it, the count is the same.
        let (done, _, _) = read("to ");
        assert_eq!((done.strong, done.weak), (1, 0));
        assert_eq!(said("to ").0, summary);
        assert_eq!(said("to ").1, None);
    }

    #[test]
    fn a_close_spelling_is_said_to_be_one() {
        let (r, _, _) = read("Vallport ");
        assert_eq!((r.strong, r.weak), (0, 2));
        assert_eq!(
            said("Vallport ").0,
            "2 of 4 articles match “Vallport” only with Valport for “Vallport” (close spelling)"
        );
        let hit = &r.hits[0];
        assert_eq!(
            matched_line(hit, |_| None).as_deref(),
            Some("Matched: Valport for “Vallport” (close spelling)")
        );
        assert_eq!(
            matched_line(hit, |f| (f == "valport").then(|| "VALPORT".to_string())).as_deref(),
            Some("Matched: VALPORT for “Vallport” (close spelling)"),
            "the article's own spelling when it is known"
        );
        let (stem, _, _) = read("ship ");
        let lines: Vec<Option<String>> = stem
            .hits
            .iter()
            .map(|h| matched_line(h, |_| None))
            .collect();
        assert!(
            lines.contains(&Some("Matched: ships for “ship” (same stem)".to_string())),
            "{lines:?}"
        );
    }

    #[test]
    fn an_exact_match_has_no_match_line() {
        let (r, _, _) = read("harbour ");
        assert!(!r.hits.is_empty());
        assert!(r.hits.iter().all(|h| matched_line(h, |_| None).is_none()));
    }

    #[test]
    fn check_the_spelling_only_when_nothing_is_close() {
        let (r, reading, q) = read("zebra ");
        assert!(r.hits.is_empty());
        let said = empty(&Listed::of(&r, &reading, 4, &q), "zebra ");
        assert_eq!(
            said.advice,
            "No article has “zebra” in any form, nor a word close to it: check the spelling."
        );
        assert!(said.did_you_mean.is_empty());

        // Two letters from "grain": too far for a typo match, close enough to suggest.
        let (r, reading, q) = read("gxaxn ");
        assert!(r.hits.is_empty());
        let said = empty(&Listed::of(&r, &reading, 4, &q), "gxaxn ");
        assert_eq!(said.advice, "No article has “gxaxn” in any form.");
        assert_eq!(
            said.did_you_mean,
            [DidYouMean {
                word: "gxaxn".into(),
                instead: vec![("grain".into(), "grain ".into())],
            }]
        );
        let (_, reading, _) = read("Gxaxn ");
        assert_eq!(
            did_you_mean(&reading, "Gxaxn "),
            [DidYouMean {
                word: "Gxaxn".into(),
                instead: vec![("Grain".into(), "Grain ".into())],
            }]
        );
    }

    #[test]
    fn a_partial_match_says_so_and_names_the_nearest_words() {
        let q = "harbour gxaxn";
        let (r, reading, searched) = read(q);
        let list = Listed::of(&r, &reading, 4, &searched);
        assert!(list.partial);
        assert_eq!(
            summary(&list, q),
            "No article matches all of “harbour gxaxn”; 2 articles match some of it"
        );
        assert_eq!(
            did_you_mean(&reading, q),
            [DidYouMean {
                word: "gxaxn".into(),
                instead: vec![("grain".into(), "harbour grain".into())],
            }]
        );
        assert_eq!(shorter_queries(q), ["gxaxn", "harbour"]);
    }

    #[test]
    fn a_quotation_nobody_wrote_is_not_found_and_not_blamed_on_spelling() {
        let q = "\"strike at the dock\"";
        let (r, reading, searched) = read(q);
        assert!(r.hits.is_empty());
        let list = Listed::of(&r, &reading, 4, &searched);
        assert_eq!(
            summary(&list, q),
            "0 of 4 articles match \"strike at the dock\""
        );
        assert_eq!(
            empty(&list, q).advice,
            "No article has these words together in this order, though each of them is in \
             the collection."
        );
    }

    #[test]
    fn a_letter_that_matches_nothing_is_not_searched_yet() {
        let (r, reading, searched) = read("grain w");
        assert_eq!(reading.letter_left_out.as_deref(), Some("w"));
        assert_eq!(searched, "grain ");
        assert_eq!(r.hits.len(), index().rank("grain ").hits.len());
        let (line, _, notes) = said("grain w");
        assert_eq!(line, "2 of 4 articles match “grain”");
        assert_eq!(
            notes,
            ["Keep typing: “w” is one letter, too short to search; showing the results without it"]
        );
        // A letter alone: the whole list (nothing searched), with the same note.
        let (_, reading, searched) = read("w");
        assert_eq!(searched, "");
        let whole = Listed {
            total: 4,
            items: 4,
            strong: 4,
            weak: 0,
            partial: false,
            searched: searches(&searched),
            filters: Vec::new(),
            reading: &reading,
            weak_phrase: None,
        };
        assert_eq!(
            summary(&whole, "w"),
            "4 articles",
            "the list without the letter"
        );
        // Filters that leave nothing either way: said as such, not as a spelling mistake.
        let none = Listed {
            items: 0,
            strong: 0,
            filters: vec!["Valport", "Tom Reyes"],
            ..whole
        };
        assert_eq!(
            summary(&none, "w"),
            "0 of 4 articles mention Valport and Tom Reyes"
        );
        assert!(empty(&none, "w").advice.contains("Try removing a filter"));
        assert!(!empty(&none, "w").advice.contains("spelling"));
        assert_eq!(leave_out_letter("grain w", true, true), None, "it matched");
        assert_eq!(leave_out_letter("grain w", false, false), None);
    }

    #[test]
    fn notes_say_what_was_left_out_while_typing_and_of_a_very_long_query() {
        assert_eq!(
            said("harbour -al").2,
            ["Press space to exclude “al” (exclusions of three letters or more apply as you type)"]
        );
        let (r, reading, _) = read("\"the harbour x");
        assert_eq!(reading.phrase_without.as_deref(), Some("x"));
        assert!(!r.hits.is_empty());
        assert_eq!(
            said("\"the harbour x").2,
            [
                "No article has the phrase with a word starting with “x” yet: showing the phrase \
              without it"
            ]
        );
        let long = "harbour ".repeat(600);
        let notes = said(&long).2;
        assert_eq!(notes.len(), 1, "{notes:?}");
        assert!(
            notes[0].starts_with("This query is very long: only its first 40"),
            "{notes:?}"
        );
        assert!(notes[0].ends_with(" bytes (up to the last whole word) were searched"));
    }

    #[test]
    fn the_summary_never_puts_quotation_marks_inside_quotation_marks() {
        assert_eq!(quoted("oil"), "“oil”");
        assert_eq!(quoted("\"peace talks\" oil"), "\"peace talks\" oil");
        assert_eq!(quoted("“peace talks”"), "“peace talks”");
        assert_eq!(
            quoted("oil \"peace ta"),
            "oil \"peace ta\"",
            "typing a phrase"
        );
        assert_eq!(quoted("«peace"), "«peace»");
    }

    #[test]
    fn a_found_word_starts_as_its_typed_word_does() {
        assert_eq!(shown_like("medvedev", "Medvedv"), "Medvedev");
        assert_eq!(shown_like("medvedev", "medvedv"), "medvedev");
        assert_eq!(shown_like("ecole", "École"), "École");
        assert_eq!(shown_like("ozal", "Özal"), "Özal");
        assert_eq!(
            shown_like("grain", "Brain"),
            "Grain",
            "another first letter"
        );
        assert_eq!(shown_like("grain", "Ärain"), "grain");
        assert_eq!(shown_like("", "Grain"), "");
    }

    #[test]
    fn shorter_searches_are_made_of_the_parsers_parts() {
        assert_eq!(shorter_queries("oil"), Vec::<String>::new());
        assert_eq!(shorter_queries("  a  b c "), ["b c", "a c", "a b"]);
        assert_eq!(shorter_queries("“red sea” ships"), ["ships", "\"red sea\""]);
        assert_eq!(shorter_queries("oil \"red sea"), ["\"red sea\"", "oil"]);
        // Never an exclusion alone; a finished one is kept with every suggestion, and the
        // query without its exclusions comes last when one applies.
        assert_eq!(shorter_queries("oil -gas"), ["oil"]);
        assert_eq!(shorter_queries("-gas oil"), ["oil"]);
        assert_eq!(shorter_queries("-gas "), Vec::<String>::new());
        assert_eq!(
            shorter_queries("oil ships -gas "),
            ["ships -gas", "oil -gas", "oil ships"]
        );
        assert_eq!(shorter_queries("\"red sea\" -\"oil gas\""), ["\"red sea\""]);
        assert_eq!(shorter_queries("oil ships -ga"), ["ships", "oil"]);
        assert_eq!(
            shorter_queries("oil ships -gas"),
            ["ships", "oil", "oil ships"]
        );
        assert!(!searches("!!!"));
        assert!(searches("-oil "));
    }

    #[test]
    fn an_exclusion_that_leaves_nothing_is_named_in_the_advice() {
        // Both articles with "harbour" name Valport: the exclusion, not the words, leaves none.
        let advice = |query: &str| {
            let (ranking, reading, searched) = read(query);
            assert!(ranking.hits.is_empty(), "{query}");
            empty(&Listed::of(&ranking, &reading, 4, &searched), query).advice
        };
        assert_eq!(
            advice("harbour -valport "),
            "No article has all of these words without an excluded one, though each of them is \
             in the collection."
        );
        assert_eq!(
            advice("\"harbour authority\" -valport"),
            "No article has these words together in this order without an excluded one, though \
             each of them is in the collection."
        );
        assert_eq!(
            advice("\"authority harbour\""),
            "No article has these words together in this order, though each of them is in the \
             collection."
        );
    }

    #[test]
    fn the_close_spellings_of_one_word_are_named_together() {
        let weak = |article: u32, found: &str, typed: &str| Ranked {
            article,
            score: 1.0,
            group: Group::Weak,
            matches: vec![Match {
                word: typed.to_string(),
                found: found.to_string(),
                how: How::Typo,
            }],
        };
        let hits = [
            weak(0, "governments", "goverment"),
            weak(1, "government", "goverment"),
            weak(2, "government", "goverment"),
            weak(3, "valport", "Vallport"),
        ];
        assert_eq!(
            weak_phrase(&hits).as_deref(),
            Some(
                "government or governments for “goverment” (close spelling) or Valport for \
                 “Vallport” (close spelling)"
            )
        );
    }
}
