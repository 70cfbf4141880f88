//! Words and the word lists of `corpus/data/quotes.txt`.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

const DATA: &str = include_str!("../../data/quotes.txt");
const GIVEN_NAMES: &str = include_str!("../../data/given_names_gender.txt");

/// The sections of `quotes.txt`, lowercase.
struct Lists {
    speech: HashSet<&'static str>,
    between: HashSet<&'static str>,
    listener: HashSet<&'static str>,
    male: HashSet<&'static str>,
    female: HashSet<&'static str>,
    small: HashSet<&'static str>,
    /// Labels of link lines, `_` for a space.
    link: HashSet<&'static str>,
    job: HashSet<&'static str>,
    speech_noun: HashSet<&'static str>,
    /// Given names of one gender only: `true` male.
    given: HashMap<&'static str, bool>,
}

fn lists() -> &'static Lists {
    static LISTS: OnceLock<Lists> = OnceLock::new();
    LISTS.get_or_init(|| {
        let mut lists = Lists {
            speech: HashSet::new(),
            between: HashSet::new(),
            listener: HashSet::new(),
            male: HashSet::new(),
            female: HashSet::new(),
            small: HashSet::new(),
            link: HashSet::new(),
            job: HashSet::new(),
            speech_noun: HashSet::new(),
            given: HashMap::new(),
        };
        let mut section = "";
        for line in DATA.lines().map(str::trim) {
            if line.starts_with('#') || line.is_empty() {
                continue;
            }
            if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                section = name;
                continue;
            }
            let set = match section {
                "speech" => &mut lists.speech,
                "between" => &mut lists.between,
                "listener" => &mut lists.listener,
                "pronoun-male" | "honorific-male" | "role-male" => &mut lists.male,
                "pronoun-female" | "honorific-female" | "role-female" => &mut lists.female,
                "small" => &mut lists.small,
                "link" => &mut lists.link,
                "job" => &mut lists.job,
                "speech-noun" => &mut lists.speech_noun,
                _ => continue,
            };
            set.extend(line.split_whitespace());
        }
        let mut male = true;
        for line in GIVEN_NAMES.lines().map(str::trim) {
            match line {
                "[male]" => male = true,
                "[female]" => male = false,
                _ if line.starts_with('#') => {}
                _ => lists
                    .given
                    .extend(line.split_whitespace().map(|n| (n, male))),
            }
        }
        lists
    })
}

/// Whether a paragraph is a line of page furniture linking to another article: a label
/// of `[link]` and a colon ("Related: ...", "READ MORE: ...").
pub fn is_link_line(text: &str) -> bool {
    let Some((label, _)) = text.split_once(':') else {
        return false;
    };
    let key = words(label)
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join("_");
    label.len() <= 24 && lists().link.contains(key.as_str())
}

/// Runs of letters and digits, with apostrophes, hyphens and dots inside them ("don't",
/// "al-Assad", "U.S").
pub fn words(text: &str) -> impl Iterator<Item = &str> {
    word_spans(text).map(move |(s, e)| &text[s..e])
}

/// Byte ranges of [`words`].
pub fn word_spans(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut chars = text.char_indices().peekable();
    std::iter::from_fn(move || {
        let (start, _) = loop {
            let (i, c) = chars.next()?;
            if c.is_alphanumeric() {
                break (i, c);
            }
        };
        let mut end = text.len();
        while let Some(&(i, c)) = chars.peek() {
            if c.is_alphanumeric() {
                chars.next();
                continue;
            }
            let joiner = matches!(c, '\'' | '’' | '-' | '.' | '‐');
            let next_alnum = text[i + c.len_utf8()..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric);
            if joiner && next_alnum {
                chars.next();
                continue;
            }
            end = i;
            break;
        }
        Some((start, end))
    })
}

/// Lowercase, with a typographic apostrophe made straight; borrowed when nothing changes.
fn lower(word: &str) -> std::borrow::Cow<'_, str> {
    if word.chars().any(|c| c.is_uppercase() || c == '’') {
        std::borrow::Cow::Owned(word.to_lowercase().replace('’', "'"))
    } else {
        std::borrow::Cow::Borrowed(word)
    }
}

/// "said", "told", "according" (with "to" after it, checked by the caller) and the like.
pub fn is_speech_verb(word: &str) -> bool {
    lists().speech.contains(lower(word).as_ref())
}

/// Speech verbs whose object is the one spoken to ("told the BBC").
pub fn is_listener_verb(word: &str) -> bool {
    lists().listener.contains(lower(word).as_ref())
}

/// Words allowed between a subject and its speech verb ("also", "yesterday").
pub fn is_between(word: &str) -> bool {
    lists().between.contains(lower(word).as_ref())
}

/// "CEO", "founder", "official": a word that says what someone is.
pub fn is_job(word: &str) -> bool {
    lists().job.contains(lower(word).as_ref())
}

/// "accusation", "statement": a noun for what someone said.
pub fn is_speech_noun(word: &str) -> bool {
    lists().speech_noun.contains(lower(word).as_ref())
}

/// Lowercase words that may stay lowercase inside a title of a work.
pub fn is_small(word: &str) -> bool {
    lists().small.contains(word)
}

/// What a word says about gender: `Some(true)` male ("he", "Mr", "spokesman"), `Some(false)`
/// female, `None` nothing.
pub fn gender(word: &str) -> Option<bool> {
    let w = lower(word);
    let w = w.trim_end_matches('.');
    if lists().male.contains(w) {
        Some(true)
    } else if lists().female.contains(w) {
        Some(false)
    } else {
        None
    }
}

/// The gender a given name tells, when the name is of one gender only.
pub fn given_name_gender(name: &str) -> Option<bool> {
    lists().given.get(name).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_keep_inner_joiners() {
        assert_eq!(
            words("“Don’t,” said al-Assad's U.S. envoy — 3.5%!").collect::<Vec<_>>(),
            ["Don’t", "said", "al-Assad's", "U.S", "envoy", "3.5"]
        );
    }

    #[test]
    fn lists_are_read() {
        assert!(is_speech_verb("Said") && is_speech_verb("tweeted") && !is_speech_verb("the"));
        assert_eq!(gender("She"), Some(false));
        assert_eq!(gender("Mr."), Some(true));
        assert_eq!(gender("Kerry"), None);
        assert!(is_small("of") && !is_small("Of"));
        assert!(is_job("CEO") && is_job("founder") && !is_job("Kerry"));
        assert!(is_speech_noun("accusation") && !is_speech_noun("said"));
        assert_eq!(given_name_gender("Michael"), Some(true));
        assert_eq!(given_name_gender("Elizabeth"), Some(false));
        assert_eq!(given_name_gender("Jordan"), None);
    }
}
