//! What the page says about a result set, as plain text: the summary above the cards, the
//! label of the weak group, how a card matched, the notes while a query is being typed, what
//! to do when nothing matches, and shorter searches to try.
//!
//! Pure functions of [`Results`] and the query, tested natively. The rules come from
//! `docs/search.md`: the count shown is the strong group's; words found only by a prefix or a
//! typo correction are said to be so; "check the spelling" only for a word the collection has
//! in no form and nothing close to.

use std::collections::BTreeSet;

use corpus::search::query::{is_quote, parse, Excluded, Part, Query};
use corpus::search::tokens::for_each_word;
use corpus::search::{Group, How, Match, Ranked};

use crate::english::{count, plural};
use crate::results::Results;

/// `a`, `a and b`, `a, b and c`.
pub fn join_and(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_string(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// The query as the page quotes it: in “ ” unless it holds quotation marks of its own (no
/// marks inside marks); a phrase still being typed is shown closed, as it is searched.
pub fn quoted(query: &str) -> String {
    let marks: Vec<char> = query.chars().filter(|&c| is_quote(c)).collect();
    match marks.last() {
        None => format!("“{query}”"),
        Some(&open) if marks.len() % 2 == 1 => {
            let close = match open {
                '“' => '”',
                '„' => '“',
                '«' => '»',
                other => other,
            };
            format!("{query}{close}")
        }
        Some(_) => query.to_string(),
    }
}

/// A folded word shown for a word typed with a capital (`Medvedev` for `Medvedv`).
pub fn shown_like(found: &str, typed: &str) -> String {
    let capital = typed.chars().next().is_some_and(char::is_uppercase);
    let mut chars = found.chars();
    match (capital, chars.next()) {
        (true, Some(first)) if first.is_lowercase() => first.to_uppercase().chain(chars).collect(),
        _ => found.to_string(),
    }
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

/// How one query word matched, when it is not the word itself: `Medvedev for “Medvedv”
/// (close spelling)`. `found` is the form to show (the article's own spelling when known).
pub fn describe(m: &Match, found: &str) -> Option<String> {
    let kind = kind_name(m.how)?;
    Some(format!("{found} for “{}” ({kind})", m.word))
}

/// The line a card shows under its snippet when some query word matched otherwise than as
/// itself: `Matched: bombs for “bombing” (same stem), Medvedev for “Medvedv” (close
/// spelling)`. `form` gives how the article writes a folded word, when it is known.
pub fn matched_line(hit: &Ranked, form: impl Fn(&str) -> Option<String>) -> Option<String> {
    let mut seen: Vec<(&str, &str)> = Vec::new();
    let mut pieces: Vec<String> = Vec::new();
    for m in &hit.matches {
        if kind_name(m.how).is_none() || seen.contains(&(m.word.as_str(), m.found.as_str())) {
            continue;
        }
        seen.push((&m.word, &m.found));
        let found = match m.how {
            How::Entity => m.found.clone(),
            _ => form(&m.found).unwrap_or_else(|| shown_like(&m.found, &m.word)),
        };
        pieces.extend(describe(m, &found));
    }
    (!pieces.is_empty()).then(|| format!("Matched: {}", pieces.join(", ")))
}

/// What the weak hits matched besides exact words: `words starting with “un”`, `Medvedev for
/// “Medvedv” (close spelling)`, joined by "or"; `None` when no item is weak, or none matched
/// by a prefix or a close spelling (a phrase searched without its last word: a note says so).
pub fn weak_phrase(results: &Results) -> Option<String> {
    if results.weak == 0 {
        return None;
    }
    let mut prefixes: Vec<&str> = Vec::new();
    // (found, typed) as matched, then as shown: thousands of weak hits share a few of them.
    let mut typos: BTreeSet<(&str, &str)> = BTreeSet::new();
    let weak = results
        .items
        .iter()
        .filter_map(|i| i.hit.as_ref())
        .filter(|h| h.group == Group::Weak);
    for hit in weak {
        for m in &hit.matches {
            match m.how {
                How::Prefix if !prefixes.contains(&m.word.as_str()) => prefixes.push(&m.word),
                How::Typo => {
                    typos.insert((m.found.as_str(), m.word.as_str()));
                }
                _ => {}
            }
        }
    }
    let mut pieces: Vec<String> = prefixes
        .iter()
        .map(|w| format!("words starting with “{w}”"))
        .collect();
    let typos: BTreeSet<(String, &str)> = typos
        .into_iter()
        .map(|(found, typed)| (shown_like(found, typed), typed))
        .collect();
    pieces.extend(
        typos
            .iter()
            .map(|(found, w)| format!("{found} for “{w}” (close spelling)")),
    );
    (!pieces.is_empty()).then(|| pieces.join(" or "))
}

/// The line above the weak group when it follows strong hits: `1 more article has words
/// starting with “un”`.
pub fn weak_label(results: &Results) -> Option<String> {
    if results.strong == 0 {
        return None;
    }
    let phrase = weak_phrase(results)?;
    Some(format!(
        "{} more {} {phrase}",
        results.weak,
        plural(results.weak, "article has", "articles have")
    ))
}

/// The sentence above the cards, e.g. `2 of 4 articles match “oil” and mention Oslo`. The
/// count is the strong group's (what matched as typed); when only weak hits match, it says
/// what they matched instead.
pub fn summary(results: &Results, query: &str) -> String {
    let names: Vec<&str> = results.filters.iter().map(|e| e.name.as_str()).collect();
    let query = match &results.reading.letter_left_out {
        Some(letter) => query.strip_suffix(letter.as_str()).unwrap_or(query),
        None => query,
    };
    let query = query.trim();
    if results.partial {
        let n = results.items.len();
        return format!(
            "No article matches all of {}; {n} {} some of it",
            quoted(query),
            plural(n, "article matches", "articles match")
        );
    }
    if !results.searched && names.is_empty() {
        return count(results.items.len(), "article", "articles");
    }
    if results.searched && results.reading.keep_typing && results.items.is_empty() {
        return "Keep typing: one letter is too short to search".to_string();
    }
    let weak_only = results.searched && results.strong == 0 && results.weak > 0;
    let n = if !results.searched {
        results.items.len()
    } else if weak_only {
        results.weak
    } else {
        results.strong
    };
    let mut text = format!("{n} of {}", count(results.total, "article", "articles"));
    if results.searched {
        text.push_str(&format!(
            " {} {}",
            plural(n, "matches", "match"),
            quoted(query)
        ));
        if let Some(phrase) = weak_phrase(results).filter(|_| weak_only) {
            text.push_str(&format!(" only with {phrase}"));
        }
    }
    if !names.is_empty() {
        if results.searched {
            text.push_str(" and");
        }
        text.push_str(&format!(
            " {} {}",
            plural(n, "mentions", "mention"),
            join_and(&names)
        ));
    }
    text
}

/// Notes on how the query was read while it is typed or when it is very long (what part was
/// searched), in the order the page shows them.
pub fn notes(results: &Results) -> Vec<String> {
    let reading = &results.reading;
    let mut out = Vec::new();
    if let Some(letter) = &reading.letter_left_out {
        out.push(format!(
            "Keep typing: “{letter}” is one letter, too short to search; showing the results \
             without it"
        ));
    } else if reading.keep_typing && !results.items.is_empty() && reading.phrase_without.is_none() {
        out.push("Keep typing: a one-letter word matches only itself".to_string());
    }
    if let Some(word) = &reading.phrase_without {
        out.push(format!(
            "No article has the phrase with a word starting with “{word}” yet: \
             showing the phrase without it"
        ));
    }
    if let Some(word) = &reading.pending_exclusion {
        out.push(format!(
            "Press space to exclude “{word}” (exclusions of three letters or more apply as \
             you type)"
        ));
    }
    if let Some(bytes) = reading.searched_bytes {
        out.push(format!(
            "This query is very long: only its first {bytes} bytes (up to the last whole \
             word) were searched"
        ));
    }
    out
}

/// A query word the collection lacks, and the nearest words it has, each with the query that
/// uses it instead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DidYouMean {
    pub word: String,
    /// `(nearest word, the query with it)`, closest first.
    pub instead: Vec<(String, String)>,
}

/// What the page says when no article matches: the advice, and the "did you mean" words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Empty {
    pub advice: String,
    pub did_you_mean: Vec<DidYouMean>,
}

/// "Did you mean": for each query word the collection lacks, its nearest words (capitalised
/// as typed), each with the query that uses it instead.
pub fn did_you_mean(results: &Results, query: &str) -> Vec<DidYouMean> {
    results
        .reading
        .nearest
        .iter()
        .filter(|s| !s.nearest.is_empty())
        .map(|s| DidYouMean {
            word: s.word.clone(),
            instead: s
                .nearest
                .iter()
                .map(|n| {
                    let shown = shown_like(n, &s.word);
                    let instead = replace_word(query, &s.word, &shown);
                    (shown, instead)
                })
                .collect(),
        })
        .collect()
}

/// What to say when `results` has no item (see [`Empty`]).
pub fn empty(results: &Results, query: &str) -> Empty {
    let has_filters = !results.filters.is_empty();
    let reading = &results.reading;
    let did_you_mean = did_you_mean(results, query);
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
    let advice = if results.searched && reading.keep_typing {
        "A second letter searches the words that start with these two.".to_string()
    } else if !results.searched {
        if has_filters {
            "No article mentions all of these. Try removing a filter.".to_string()
        } else {
            "No article matches.".to_string()
        }
    } else if !nothing_close.is_empty() {
        let words: Vec<String> = nothing_close.iter().map(|w| format!("“{w}”")).collect();
        let words: Vec<&str> = words.iter().map(String::as_str).collect();
        format!(
            "No article has {} in any form, nor a word close to it: check the spelling.{filter_hint}",
            join_and(&words)
        )
    } else if !did_you_mean.is_empty() {
        let words: Vec<String> = did_you_mean
            .iter()
            .map(|d| format!("“{}”", d.word))
            .collect();
        let words: Vec<&str> = words.iter().map(String::as_str).collect();
        format!(
            "No article has {} in any form.{filter_hint}",
            join_and(&words)
        )
    } else if has_filters {
        "No article that mentions the filtered names matches. Try removing a filter or a word."
            .to_string()
    } else if has_phrase(query) {
        "No article has these words together in this order, though each of them is in the \
         collection."
            .to_string()
    } else {
        "No article has all of these words, though each of them is in the collection.".to_string()
    };
    Empty {
        advice,
        did_you_mean,
    }
}

fn has_phrase(query: &str) -> bool {
    parse(query)
        .parts
        .iter()
        .any(|p| matches!(p, Part::Phrase { .. }))
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
        Some((s, e)) => format!(
            "{}{with}{}",
            query.get(..s).unwrap_or_default(),
            query.get(e..).unwrap_or_default()
        ),
        None => query.to_string(),
    }
}

/// A part of a parsed query written back as a query: a word as typed, a phrase in straight
/// quotes (closed).
fn part_text(part: &Part) -> String {
    match part {
        Part::Word { word, .. } => word.typed.clone(),
        Part::Phrase { words, .. } => {
            let typed: Vec<&str> = words.iter().map(|w| w.typed.as_str()).collect();
            format!("\"{}\"", typed.join(" "))
        }
    }
}

fn excluded_text(excluded: &Excluded) -> String {
    match excluded.words.as_slice() {
        [one] => format!("-{one}"),
        words => format!("-\"{}\"", words.join(" ")),
    }
}

/// The query with one of its parts (a word or a phrase) left out, for each part, when it has
/// two or more; its finished exclusions kept with every one. Made from the search parser's
/// own parts, so a suggestion reads the way the search does (curly quotes, compounds, an
/// unclosed phrase) and is never an exclusion alone.
pub fn shorter_queries(query: &str) -> Vec<String> {
    let Query {
        parts, excluded, ..
    } = parse(query);
    if parts.len() < 2 {
        return Vec::new();
    }
    let excluded: Vec<String> = excluded
        .iter()
        .filter(|e| !e.typing)
        .map(excluded_text)
        .collect();
    (0..parts.len())
        .map(|skip| {
            parts
                .iter()
                .enumerate()
                .filter(|&(i, _)| i != skip)
                .map(|(_, p)| part_text(p))
                .chain(excluded.iter().cloned())
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

/// Whether `query` has anything to search: a word, a phrase or an exclusion.
pub fn searches(query: &str) -> bool {
    let q = parse(query);
    !q.parts.is_empty() || !q.excluded.is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture;
    use crate::results::compute;

    fn run(query: &str) -> Results {
        compute(&fixture::store(), query, &[]).expect("everything is loaded")
    }

    #[test]
    fn the_count_is_the_exact_matches_and_the_weak_group_says_how_it_matched() {
        // "to" is a word of the first article and starts "Tom" in the third.
        let typing = run("to");
        assert_eq!((typing.strong, typing.weak), (1, 1));
        assert_eq!(summary(&typing, "to"), "1 of 4 articles matches “to”");
        assert_eq!(
            weak_label(&typing).as_deref(),
            Some("1 more article has words starting with “to”")
        );
        // Typed or with a space after it, the count is the same.
        let done = run("to ");
        assert_eq!((done.strong, done.weak), (1, 0));
        assert_eq!(summary(&done, "to "), summary(&typing, "to"));
        assert_eq!(weak_label(&done), None);
    }

    #[test]
    fn a_close_spelling_is_said_to_be_one() {
        let r = run("Vallport ");
        assert_eq!((r.strong, r.weak), (0, 2));
        assert_eq!(
            summary(&r, "Vallport "),
            "2 of 4 articles match “Vallport” only with Valport for “Vallport” (close spelling)"
        );
        let hit = r.items[0].hit.as_ref().unwrap();
        assert_eq!(
            matched_line(hit, |_| None).as_deref(),
            Some("Matched: Valport for “Vallport” (close spelling)")
        );
        assert_eq!(
            matched_line(hit, |f| (f == "valport").then(|| "VALPORT".to_string())).as_deref(),
            Some("Matched: VALPORT for “Vallport” (close spelling)"),
            "the article's own spelling when it is known"
        );
    }

    #[test]
    fn an_exact_match_has_no_match_line() {
        let r = run("harbour ");
        assert!(r.items.iter().all(|i| i
            .hit
            .as_ref()
            .is_some_and(|h| matched_line(h, |_| None).is_none())));
    }

    #[test]
    fn check_the_spelling_only_when_nothing_is_close() {
        let nothing = run("zebra ");
        assert!(nothing.items.is_empty());
        let said = empty(&nothing, "zebra ");
        assert_eq!(
            said.advice,
            "No article has “zebra” in any form, nor a word close to it: check the spelling."
        );
        assert!(said.did_you_mean.is_empty());

        // Two letters from "grain": too far for a typo match, close enough to suggest.
        let close = run("gxaxn ");
        assert!(close.items.is_empty());
        let said = empty(&close, "gxaxn ");
        assert!(!said.advice.contains("spelling"), "{}", said.advice);
        assert_eq!(said.advice, "No article has “gxaxn” in any form.");
        assert_eq!(
            said.did_you_mean,
            [DidYouMean {
                word: "gxaxn".into(),
                instead: vec![("grain".into(), "grain ".into())],
            }]
        );
        let capital = run("Gxaxn ");
        assert_eq!(
            did_you_mean(&capital, "Gxaxn "),
            [DidYouMean {
                word: "Gxaxn".into(),
                instead: vec![("Grain".into(), "Grain ".into())],
            }]
        );
    }

    #[test]
    fn a_quotation_nobody_wrote_is_not_found_and_not_blamed_on_spelling() {
        let q = "\"strike at the dock\"";
        let r = run(q);
        assert!(r.items.is_empty());
        assert_eq!(
            summary(&r, q),
            "0 of 4 articles match \"strike at the dock\""
        );
        assert_eq!(
            empty(&r, q).advice,
            "No article has these words together in this order, though each of them is in \
             the collection."
        );
    }

    #[test]
    fn a_letter_that_matches_nothing_is_not_searched_yet() {
        let r = run("w");
        assert!(r.reading.keep_typing);
        assert_eq!(r.reading.letter_left_out.as_deref(), Some("w"));
        assert_eq!(
            summary(&r, "w"),
            "4 articles",
            "the list without the letter"
        );
        assert_eq!(
            notes(&r),
            [
                "Keep typing: “w” is one letter, too short to search; showing the results without \
              it"
            ]
        );
        let after = run("grain w");
        assert_eq!(after.items.len(), run("grain ").items.len());
        assert_eq!(summary(&after, "grain w"), "2 of 4 articles match “grain”");
        // Filters that leave nothing either way: said as such, not as a spelling mistake.
        let none = compute(
            &fixture::store(),
            "w",
            &["valport".to_string(), "tom-reyes".to_string()],
        )
        .unwrap();
        assert!(none.items.is_empty());
        assert_eq!(
            summary(&none, "w"),
            "0 of 4 articles mention Valport and Tom Reyes"
        );
        assert!(empty(&none, "w").advice.contains("Try removing a filter"));
        assert!(!empty(&none, "w").advice.contains("spelling"));
    }

    #[test]
    fn notes_say_what_was_left_out_while_typing_and_of_a_very_long_query() {
        let pending = run("harbour -al");
        assert_eq!(
            notes(&pending),
            [
                "Press space to exclude “al” (exclusions of three letters or more apply as you \
              type)"
            ]
        );
        let phrase = run("\"the harbour x");
        assert_eq!(phrase.reading.phrase_without.as_deref(), Some("x"));
        assert!(!phrase.items.is_empty());
        assert_eq!(
            notes(&phrase),
            [
                "No article has the phrase with a word starting with “x” yet: showing the phrase \
              without it"
            ]
        );

        let long = "harbour ".repeat(600);
        let r = run(&long);
        let said = notes(&r);
        assert_eq!(said.len(), 1, "{said:?}");
        assert!(
            said[0].starts_with("This query is very long: only its first 40"),
            "{said:?}"
        );
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
    fn shorter_searches_are_made_of_the_parsers_parts() {
        assert_eq!(shorter_queries("oil"), Vec::<String>::new());
        assert_eq!(shorter_queries("  a  b c "), ["b c", "a c", "a b"]);
        assert_eq!(shorter_queries("“red sea” ships"), ["ships", "\"red sea\""]);
        assert_eq!(shorter_queries("oil \"red sea"), ["\"red sea\"", "oil"]);
        // Never an exclusion alone; a finished one is kept with every suggestion.
        assert_eq!(shorter_queries("oil -gas"), Vec::<String>::new());
        assert_eq!(
            shorter_queries("oil ships -gas "),
            ["ships -gas", "oil -gas"]
        );
        assert_eq!(shorter_queries("oil ships -ga"), ["ships", "oil"]);
    }

    #[test]
    fn summaries_of_lists_without_a_query() {
        assert_eq!(summary(&run(""), ""), "4 articles");
        assert_eq!(
            summary(&run("!!!"), "!!!"),
            "4 articles",
            "nothing to search"
        );
        let one = compute(&fixture::store(), "", &["tom-reyes".to_string()]).unwrap();
        assert_eq!(summary(&one, ""), "1 of 4 articles mentions Tom Reyes");
        let two = compute(
            &fixture::store(),
            "dock ",
            &["valport".to_string(), "maria-lopez".to_string()],
        )
        .unwrap();
        assert_eq!(
            summary(&two, "dock "),
            "1 of 4 articles matches “dock” and mentions Valport and Maria Lopez"
        );
        assert_eq!(join_and(&["a", "b", "c"]), "a, b and c");
    }
}
