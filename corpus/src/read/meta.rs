//! What the text itself says about an article's source, date and author, for when the front
//! matter does not say it.
//!
//! * **Source**, from the first of, in reading order: a `Source: X` label in an aside
//!   (`01:49 - Source: X`); a dateline aside naming an agency in brackets (`CITY (X) —`) or
//!   consisting of a known outlet's name (`X —`, outlets listed in `data/outlets.txt`); the
//!   same kinds of dateline opening the first paragraph (`CITY (X) — The ...`).
//! * **Date**, the first full date written in an aside (the reader passes only the credit
//!   lines as asides: a stamp such as `Updated 4 Oct 2016`, a byline), else in the dateline
//!   opening the first paragraph (`CITY, Oct. 4, 2016 (X) — The ...`).
//!   A day and month without a year is not a date here: no year is ever guessed.
//! * **Author**, from a byline aside (`By Jane Doe`, `By Jane Doe, X | Updated ...`): the
//!   names, without what follows a `|` and without a known outlet's name after a comma.

use super::dates;
use super::vocab::vocab;
use crate::article::BlockKind;

/// Most words in a source name.
const SOURCE_WORDS: usize = 6;

/// The source named by the text, looking at `blocks` in reading order.
pub fn source(blocks: &[(BlockKind, &str)]) -> Option<String> {
    let mut first_paragraph = true;
    for &(kind, text) in blocks {
        let found = match kind {
            BlockKind::Aside => labelled_source(text).or_else(|| dateline_source(text)),
            BlockKind::Paragraph if first_paragraph => {
                first_paragraph = false;
                leading_dateline(text).and_then(dateline_source)
            }
            _ => None,
        };
        if found.is_some() {
            return found;
        }
    }
    None
}

/// The first full date written in an aside, else in the first paragraph's dateline.
pub fn date(blocks: &[(BlockKind, &str)]) -> Option<String> {
    let in_aside = blocks
        .iter()
        .filter(|(kind, _)| *kind == BlockKind::Aside)
        .find_map(|(_, text)| dates::find(text));
    let in_dateline = || {
        blocks
            .iter()
            .find(|(kind, _)| *kind == BlockKind::Paragraph)
            .and_then(|(_, text)| leading_dateline(text))
            .and_then(dates::find)
    };
    in_aside.or_else(in_dateline).map(str::to_string)
}

/// The names in the first byline aside (`By Jane Doe` gives `Jane Doe`).
pub fn author(blocks: &[(BlockKind, &str)]) -> Option<String> {
    blocks
        .iter()
        .filter(|(kind, _)| *kind == BlockKind::Aside)
        .find_map(|(_, text)| {
            let line = text.split('|').next().unwrap_or_default();
            let (by, names) = line.trim().split_once(char::is_whitespace)?;
            let names = without_outlet(names.trim().trim_end_matches([',', ';']).trim_end());
            let first_is_capital = names.chars().next().is_some_and(char::is_uppercase);
            (by.eq_ignore_ascii_case("by")
                && first_is_capital
                && names.split_whitespace().count() <= 7)
                .then(|| names.to_string())
        })
}

/// `Jane Doe, Outlet` without `, Outlet` when the outlet is a known one.
fn without_outlet(names: &str) -> &str {
    match names.rsplit_once(',') {
        Some((before, after)) if vocab().outlets.contains(&after.trim().to_lowercase()) => {
            before.trim_end()
        }
        _ => names,
    }
}

/// `... Source: X`: the name after the label.
fn labelled_source(text: &str) -> Option<String> {
    let lower = text.to_lowercase();
    let at = lower.find("source:")?;
    let word_start = lower
        .get(..at)?
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric());
    if !word_start || lower.len() != text.len() {
        return None;
    }
    let value = text.get(at + "source:".len()..)?;
    let value = value.split(['|', ';', '(']).next().unwrap_or("");
    name(value)
}

/// A dateline's source: the bracketed agency in `CITY (X) —`, or the whole dateline when it
/// is a known outlet's name.
fn dateline_source(text: &str) -> Option<String> {
    let trimmed = text.trim_end();
    let head = trimmed.trim_end_matches(['—', '–', '-']);
    if head.len() == trimmed.len() {
        return None;
    }
    let head = head.trim_end();
    if let Some(inner) = head.strip_suffix(')').and_then(|h| h.rsplit_once('(')) {
        return name(inner.1);
    }
    vocab()
        .outlets
        .contains(&head.to_lowercase())
        .then(|| head.to_string())
}

/// The dateline opening a paragraph (`CITY (X) —` of `CITY (X) — The ...`), dash included.
fn leading_dateline(text: &str) -> Option<&str> {
    let head = text.get(..text.floor_boundary(80))?;
    ["—", "–", " -- ", " - "].iter().find_map(|dash| {
        let at = head.find(dash)?;
        let dateline = text.get(..at + dash.trim_end().len())?;
        (dateline.split_whitespace().count() <= SOURCE_WORDS + 2).then_some(dateline)
    })
}

/// A plausible name: 1 to [`SOURCE_WORDS`] words, starting with a capital or a digit.
fn name(value: &str) -> Option<String> {
    let value = value.trim().trim_end_matches(['.', ',']).trim();
    let words = value.split_whitespace().count();
    let capital = value
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
    ((1..=SOURCE_WORDS).contains(&words) && capital).then(|| value.to_string())
}

/// Byte index at or below `at` that is a character boundary.
trait FloorBoundary {
    fn floor_boundary(&self, at: usize) -> usize;
}

impl FloorBoundary for str {
    fn floor_boundary(&self, at: usize) -> usize {
        let mut at = at.min(self.len());
        while !self.is_char_boundary(at) {
            at -= 1;
        }
        at
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use BlockKind::*;

    #[test]
    fn sources_from_labels_and_datelines() {
        assert_eq!(
            source(&[(Aside, "02:10 - Source: Example Wire")]),
            Some("Example Wire".into())
        );
        assert_eq!(
            source(&[(Aside, "PARIS (Agence Example) —")]),
            Some("Agence Example".into())
        );
        assert_eq!(source(&[(Aside, "Reuters —")]), Some("Reuters".into()));
        assert_eq!(source(&[(Aside, "PARIS —")]), None);
        assert_eq!(
            source(&[(Paragraph, "LIMA (Wire Service) - The vote was held.")]),
            Some("Wire Service".into())
        );
        assert_eq!(source(&[(Paragraph, "The open source: movement")]), None);
    }

    #[test]
    fn dates_from_stamps_and_datelines_never_guessed() {
        assert_eq!(
            date(&[(Aside, "Updated 0912 GMT (1712 HKT) March 3, 2015")]),
            Some("March 3, 2015".into())
        );
        assert_eq!(
            date(&[(
                Paragraph,
                "GENEVA, Oct. 4, 2016 (Example Wire) — Talks resumed on Tuesday."
            )]),
            Some("Oct. 4, 2016".into())
        );
        // A dateline with a day but no year gives no date, and nor does a date later on.
        assert_eq!(
            date(&[(Paragraph, "GENEVA, Oct. 4 (Example Wire) — Talks resumed.")]),
            None
        );
        assert_eq!(
            date(&[(
                Paragraph,
                "Talks that began on 4 October 2016 in Geneva resumed on Tuesday after a long pause."
            )]),
            None
        );
    }

    #[test]
    fn authors_from_bylines() {
        assert_eq!(
            author(&[(Aside, "By Ana de la Cruz and Tom Reed")]),
            Some("Ana de la Cruz and Tom Reed".into())
        );
        assert_eq!(
            author(&[(
                Aside,
                "By Jane Doe, Reuters | Updated 1:23 PM ET, May 2, 2016"
            )]),
            Some("Jane Doe".into())
        );
        assert_eq!(
            author(&[(Aside, "By Jane Doe, Staff Writer")]),
            Some("Jane Doe, Staff Writer".into())
        );
        assert_eq!(author(&[(Paragraph, "By Jane Doe")]), None);
        assert_eq!(author(&[(Aside, "By the river")]), None);
    }
}
