//! How a raw block of text looks on a news page, judged by general layout rules.
//!
//! A raw block is one of:
//!
//! * **furniture** — a file-name or tag line (`words some_tag_0000123.jpg`), a time or date
//!   stamp (`01:49 - Source: X`, `Updated 4 Oct 2016`), a photo caption (ends with a
//!   parenthetical naming a photo or video, or opens with `Photo:`), a credit line
//!   (`Reporting by ...`, `... contributed to this report.`), a byline (`By Jane Doe`), a
//!   dateline on its own (`CITY —`), or a promo (`Read more`, `Watch: ...`, a line made only of
//!   such words);
//! * **short** — up to 12 words without sentence-final punctuation, not starting lower case:
//!   a heading, or a list item, kicker or label, depending on where it sits;
//! * **text** — anything else: running text.
//!
//! The word lists behind the furniture rules are reference data in `data/`.

use super::dates;
use super::raw_blocks::{Mark, RawBlock};
use super::vocab::{self, vocab};

/// The most words a short (heading-like) raw block has.
const SHORT_WORDS: usize = 12;
/// The most characters a short raw block has.
const SHORT_CHARS: usize = 100;
/// The most words any furniture line has; longer raw blocks are always text.
const FURNITURE_WORDS: usize = 40;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Look {
    Furniture(Furniture),
    /// A Markdown heading of this level.
    Heading(u8),
    Short,
    Text,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Furniture {
    FileTag,
    Stamp,
    Caption,
    Credit,
    Byline,
    Dateline,
    Promo,
}

/// How `block` looks.
pub fn look(block: &RawBlock) -> Look {
    match block.mark {
        Mark::Heading(level) => Look::Heading(level),
        Mark::Image => Look::Furniture(Furniture::Caption),
        Mark::Plain | Mark::Item => look_of_text(&block.text),
    }
}

fn look_of_text(text: &str) -> Look {
    let count = text.split_whitespace().take(FURNITURE_WORDS + 1).count();
    if count <= FURNITURE_WORDS {
        if let Some(kind) = furniture(text, count) {
            return Look::Furniture(kind);
        }
    }
    if is_short(text, count) {
        Look::Short
    } else {
        Look::Text
    }
}

fn furniture(text: &str, count: usize) -> Option<Furniture> {
    let v = vocab();
    // Phrases are matched at the start and the end; long raw blocks need only those words.
    let (head, tail) = if count <= SHORT_WORDS {
        let words = vocab::tokens(text);
        (words.clone(), words)
    } else {
        let mut tail = vocab::tokens_rev(text, v.longest_phrase);
        tail.reverse();
        (vocab::tokens_first(text, v.longest_phrase), tail)
    };
    let final_stop = ends_sentence(text);
    let kind = if is_stamp(text, &head, count, final_stop) {
        Furniture::Stamp
    } else if count <= 20 && !final_stop && text.split_whitespace().any(is_file_token) {
        Furniture::FileTag
    } else if count <= 30
        && (ends_with_media_parenthetical(text) || opens_with_label(text, &v.caption_label))
    {
        Furniture::Caption
    } else if vocab::starts_with_any(&head, &v.credit_start)
        || vocab::ends_with_any(&tail, &v.credit_end)
        || (count <= 6 && opens_with_label(text, &v.source_label))
    {
        Furniture::Credit
    } else if is_byline(text, count, final_stop) {
        Furniture::Byline
    } else if is_dateline(text, count) {
        Furniture::Dateline
    } else if count <= SHORT_WORDS && !final_stop && is_promo(&head) {
        Furniture::Promo
    } else {
        return None;
    };
    Some(kind)
}

/// Whether a raw block that looks like `look` is a credit or source line, kept as the article's
/// metadata rather than in its body: a credit ("Source: X", "X contributed to this report"),
/// byline, time stamp or file-name line, a highlights label ("Story highlights"), or a
/// dateline that is only a known outlet's name ("X —": who published it, not where).
pub fn is_credit(look: Look, text: &str) -> bool {
    match look {
        Look::Furniture(Furniture::Dateline) => {
            let head = text
                .trim()
                .trim_end_matches(['—', '–', '-', ':'])
                .trim_end();
            vocab().outlets.contains(&head.to_lowercase())
        }
        Look::Furniture(
            Furniture::Credit | Furniture::Byline | Furniture::Stamp | Furniture::FileTag,
        ) => true,
        Look::Furniture(Furniture::Promo) => {
            vocab::is_any(&vocab::tokens(text), &vocab().credit_label)
        }
        _ => false,
    }
}

/// Heading-like: few words, no sentence-final punctuation, not starting lower case.
fn is_short(text: &str, count: usize) -> bool {
    (1..=SHORT_WORDS).contains(&count)
        && text.chars().count() <= SHORT_CHARS
        && !ends_sentence(text)
        && !ends_open(text)
        && !starts_lower(text)
        && !opens_with_dash(text)
}

/// A line opened by a dash ("— Jane Doe, Austin, Texas, April 15, 2019"): the signature of a
/// letter or the source of the quotation above it, part of the text, never a heading.
fn opens_with_dash(text: &str) -> bool {
    let text = text.trim_start();
    text.starts_with(['—', '–', '―']) || text.starts_with("--")
}

/// Whether a (plain text) raw block reads as an article's headline.
pub fn is_headline(text: &str) -> bool {
    let count = text.split_whitespace().take(31).count();
    (2..=30).contains(&count)
        && text.chars().count() <= 200
        && !ends_sentence(text)
        && !ends_open(text)
        && !starts_lower(text)
}

/// The last character that is not a closing quote or bracket.
fn last_significant(text: &str) -> Option<char> {
    text.trim_end()
        .trim_end_matches(['"', '\'', '”', '’', '»', '›', ')', ']', '*'])
        .chars()
        .next_back()
}

/// Ends with `.`, `!`, `?`, `…` or a script's own full stop or question mark. A final
/// abbreviation such as `U.S.` does not end a sentence.
fn ends_sentence(text: &str) -> bool {
    match last_significant(text) {
        Some('!' | '?' | '…' | '。' | '！' | '？' | '؟' | '۔' | '।') => true,
        Some('.') => !ends_with_abbreviation(text),
        _ => false,
    }
}

/// `U.S.`, `a.m.`: a last word made of one- or two-letter pieces between dots.
fn ends_with_abbreviation(text: &str) -> bool {
    let last = text.split_whitespace().next_back().unwrap_or("");
    let last = last.trim_end_matches(['"', '\'', '”', '’', ')', ']']);
    let pieces: Vec<&str> = last.trim_end_matches('.').split('.').collect();
    pieces.len() >= 2 && pieces.iter().all(|p| (1..=2).contains(&p.chars().count()))
}

/// Ends with `:`, `;` or `,`: the text goes on.
fn ends_open(text: &str) -> bool {
    matches!(last_significant(text), Some(':' | ';' | ','))
}

fn starts_lower(text: &str) -> bool {
    text.chars()
        .find(|c| c.is_alphabetic())
        .is_some_and(char::is_lowercase)
}

/// A clock time (`01:49`, `1:23pm`) leading a short line, a line opened by a stamp word
/// (`Updated ...`) with a number in it, or a short line that is a full date with at most a
/// weekday, a time or a zone around it (`Sat February 13, 2016`), not a sentence that
/// mentions a date (`On June 28, 1919 he married`).
fn is_stamp(text: &str, words: &[&str], count: usize, final_stop: bool) -> bool {
    if final_stop {
        return false;
    }
    let first = text.split_whitespace().next().unwrap_or("");
    let clock = count <= 12 && is_clock(first);
    let stamp_word = count <= 15
        && vocab::starts_with_any(words, &vocab().stamp_start)
        && text.chars().any(|c| c.is_ascii_digit());
    clock || stamp_word || (count <= 8 && is_dated_stamp(text))
}

/// A full date with at most three other words, none a lower-case word of three letters or
/// more (the words of a sentence).
fn is_dated_stamp(text: &str) -> bool {
    let Some(date) = dates::find(text) else {
        return false;
    };
    let outside = text.replacen(date, " ", 1);
    let others: Vec<&str> = outside.split_whitespace().collect();
    let sentence_word = |w: &&str| {
        let letters: String = w.chars().filter(|c| c.is_alphabetic()).collect();
        letters.chars().count() >= 3 && letters.chars().all(char::is_lowercase)
    };
    others.len() <= 3 && !others.iter().any(sentence_word)
}

fn is_clock(token: &str) -> bool {
    let token = token.trim_end_matches(|c: char| !c.is_ascii_digit() && !c.is_alphabetic());
    let token = token
        .strip_suffix("am")
        .or_else(|| token.strip_suffix("pm"))
        .unwrap_or(token);
    let parts: Vec<&str> = token.split(':').collect();
    let number = |s: &&str| (1..=2).contains(&s.len()) && s.chars().all(|c| c.is_ascii_digit());
    (2..=3).contains(&parts.len())
        && parts.first().is_some_and(number)
        && parts.iter().skip(1).all(|p| p.len() == 2 && number(p))
}

/// File extensions of media and documents that name files in tag lines.
const FILE_EXTENSIONS: [&str; 19] = [
    "jpg", "jpeg", "png", "gif", "webp", "bmp", "tif", "tiff", "svg", "mp4", "mov", "avi", "webm",
    "mp3", "wav", "m4a", "pdf", "htm", "html",
];

/// `name.jpg`, or a `word_00001234` tag: a token that names a file or an asset.
fn is_file_token(token: &str) -> bool {
    let token =
        token.trim_matches(|c: char| matches!(c, '(' | ')' | '[' | ']' | ',' | ';' | '"' | '\''));
    let file_name = token.rsplit_once('.').is_some_and(|(stem, ext)| {
        !stem.is_empty() && FILE_EXTENSIONS.contains(&ext.to_ascii_lowercase().as_str())
    });
    let asset_tag = token
        .split('_')
        .skip(1)
        .any(|piece| piece.chars().take_while(char::is_ascii_digit).count() >= 4);
    file_name || asset_tag
}

/// `... (file photo)`: a closing parenthetical that names a photo, video or the like.
fn ends_with_media_parenthetical(text: &str) -> bool {
    let trimmed = text.trim_end().trim_end_matches('.').trim_end();
    let Some(inner) = trimmed.strip_suffix(')') else {
        return false;
    };
    let Some((_, parenthetical)) = inner.rsplit_once('(') else {
        return false;
    };
    let media = &vocab().media;
    vocab::tokens(parenthetical)
        .iter()
        .any(|w| vocab::in_set(media, w))
}

/// `Label: ...` where the words before the first colon are one of `labels`.
fn opens_with_label(text: &str, labels: &[Vec<String>]) -> bool {
    let Some((head, _)) = text.split_once(':') else {
        return false;
    };
    vocab::is_any(&vocab::tokens(head), labels)
}

/// Lower-case particles that may sit inside a name list (`Ana de la Cruz`, `Jane Doe and
/// John Roe`).
const NAME_PARTICLES: [&str; 17] = [
    "and", "&", "de", "da", "di", "do", "dos", "du", "del", "della", "van", "von", "der", "den",
    "al", "bin", "la",
];

/// `By Jane Doe`, `By Jane Doe and John Roe, Agency`: a name list after `By`, possibly
/// followed by a stamp after a bar (`By Jane Doe | Updated 1:23 PM ET, May 2, 2016`).
fn is_byline(text: &str, count: usize, final_stop: bool) -> bool {
    if let Some((names, stamp)) = text.split_once('|') {
        let stamp_words = stamp.split_whitespace().count();
        return stamp_words <= 12
            && is_stamp(stamp.trim(), &vocab::tokens(stamp), stamp_words, false)
            && count <= FURNITURE_WORDS
            && is_byline(names, names.split_whitespace().count(), false);
    }
    let mut tokens = text.split_whitespace();
    let opens = tokens.next().is_some_and(|t| t.eq_ignore_ascii_case("by"));
    let mut names = 0;
    let all_fit = tokens.all(|t| {
        let capital = t.chars().next().is_some_and(char::is_uppercase);
        names += usize::from(capital);
        capital || NAME_PARTICLES.contains(&t) || !t.chars().any(char::is_alphanumeric)
    });
    opens && all_fit && names > 0 && (2..=8).contains(&count) && !final_stop
}

/// A dateline alone on its line: `CITY —`, `CITY (Agency) -`, or `CITY:` in capitals.
fn is_dateline(text: &str, count: usize) -> bool {
    if count > 6 || starts_lower(text) {
        return false;
    }
    let trimmed = text.trim_end();
    let before_dash = trimmed.trim_end_matches(['—', '–', '-']);
    if before_dash.len() < trimmed.len() {
        return before_dash.chars().any(char::is_alphabetic);
    }
    let before_colon = trimmed.trim_end_matches(':');
    before_colon.len() < trimmed.len()
        && count <= 4
        && before_colon.chars().any(char::is_alphabetic)
        && before_colon.chars().all(|c| !c.is_lowercase())
}

/// Opens with a promo phrase, or is made only of promo words.
fn is_promo(words: &[&str]) -> bool {
    let v = vocab();
    vocab::starts_with_any(words, &v.promo_start)
        || (!words.is_empty() && words.iter().all(|w| vocab::in_set(&v.promo_words, w)))
}
