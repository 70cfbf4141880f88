//! Finding a written calendar date in a line: `October 4, 2016`, `4 Oct. 2016`,
//! `2016-10-04`. The date is returned as written; a weekday or time around it is left out.
//! [`key`] turns such a date into a number that sorts by calendar order.

/// The months, lowercase (also words that may stand between a subject and its verb, for
/// the quotation speakers).
pub(crate) const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// The first full date (day, month and year) written in `text`.
pub fn find(text: &str) -> Option<&str> {
    let tokens: Vec<(usize, &str)> = text
        .split_whitespace()
        .map(|t| (offset_in(text, t), t))
        .collect();
    for (i, &(start, token)) in tokens.iter().enumerate() {
        if let Some(len) = iso(token) {
            return text.get(start..start + len);
        }
        let next = |k: usize| tokens.get(i + k).map(|&(_, t)| t);
        let month_first =
            is_month(token) && next(1).is_some_and(is_day) && next(2).is_some_and(is_year);
        let day_first =
            is_day(token) && next(1).is_some_and(is_month) && next(2).is_some_and(is_year);
        if month_first || day_first {
            let &(year_start, year) = tokens.get(i + 2)?;
            let year_len = year.chars().take_while(char::is_ascii_digit).count();
            return text.get(start..year_start + year_len);
        }
    }
    None
}

/// The first full date written in `text` as `yyyymmdd` (20161004), which sorts by calendar
/// order; `None` when `text` has no full date (a month and a year, a day without a year).
pub fn key(text: &str) -> Option<u32> {
    let date = find(text)?;
    let number = |s: &str| s.parse::<u32>().ok();
    if iso(date).is_some() {
        let (y, m, d) = (
            number(date.get(0..4)?)?,
            number(date.get(5..7)?)?,
            number(date.get(8..10)?)?,
        );
        return Some(y * 10_000 + m * 100 + d);
    }
    let tokens: Vec<&str> = date.split_whitespace().collect();
    let (month, day, year) = match tokens.as_slice() {
        [a, b, c] if is_month(a) => (*a, *b, *c),
        [a, b, c] => (*b, *a, *c),
        _ => return None,
    };
    let digits = |s: &str| -> Option<u32> {
        number(
            &s.chars()
                .take_while(char::is_ascii_digit)
                .collect::<String>(),
        )
    };
    let word = month.trim_end_matches(['.', ',']).to_lowercase();
    let m = MONTHS
        .iter()
        .position(|name| name.starts_with(word.as_str()))?;
    let m = u32::try_from(m).ok()? + 1;
    Some(digits(year)? * 10_000 + m * 100 + digits(day)?)
}

/// Byte offset of `part`, a slice of `whole`, within `whole`.
fn offset_in(whole: &str, part: &str) -> usize {
    (part.as_ptr() as usize).saturating_sub(whole.as_ptr() as usize)
}

/// `YYYY-MM-DD` at the start of a token: its length.
fn iso(token: &str) -> Option<usize> {
    let b = token.as_bytes();
    let digits =
        |r: std::ops::Range<usize>| b.get(r).is_some_and(|s| s.iter().all(u8::is_ascii_digit));
    let shape = digits(0..4)
        && b.get(4) == Some(&b'-')
        && digits(5..7)
        && b.get(7) == Some(&b'-')
        && digits(8..10);
    if !shape || b.get(10).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let number = |r: std::ops::Range<usize>| token.get(r).and_then(|s| s.parse::<u32>().ok());
    let ok = number(0..4).is_some_and(|y| (1800..=2200).contains(&y))
        && number(5..7).is_some_and(|m| (1..=12).contains(&m))
        && number(8..10).is_some_and(|d| (1..=31).contains(&d));
    ok.then_some(10)
}

/// A month name or its abbreviation of at least three letters (`Oct.`, `Sept`).
fn is_month(token: &str) -> bool {
    let word = token.trim_end_matches(['.', ',']).to_lowercase();
    word.len() >= 3 && MONTHS.iter().any(|m| m.starts_with(word.as_str()))
}

/// `4`, `4,`, `4th`, `04`: a day of the month.
fn is_day(token: &str) -> bool {
    let token = token.trim_end_matches(',');
    let digits: String = token.chars().take_while(char::is_ascii_digit).collect();
    let rest = &token[digits.len()..];
    matches!(rest, "" | "st" | "nd" | "rd" | "th")
        && digits.parse::<u32>().is_ok_and(|d| (1..=31).contains(&d))
}

/// A four-digit year, possibly followed by punctuation.
fn is_year(token: &str) -> bool {
    let digits: String = token.chars().take_while(char::is_ascii_digit).collect();
    let rest_is_punctuation = token[digits.len()..]
        .chars()
        .all(|c| c.is_ascii_punctuation());
    digits.len() == 4
        && rest_is_punctuation
        && digits
            .parse::<u32>()
            .is_ok_and(|y| (1800..=2200).contains(&y))
}

#[cfg(test)]
mod tests {
    use super::{find, key};

    #[test]
    fn written_dates() {
        assert_eq!(
            find("Updated 1:23 PM ET, Sat February 13, 2016"),
            Some("February 13, 2016")
        );
        assert_eq!(find("Published 4 Oct. 2016 12:00"), Some("4 Oct. 2016"));
        assert_eq!(find("posted 2016-10-04T10:00Z"), Some("2016-10-04"));
        assert_eq!(find("on October 4 he said"), None);
        assert_eq!(find("May 2016"), None);
        assert_eq!(find("2016-13-04"), None);
    }

    #[test]
    fn keys_sort_by_calendar_order() {
        assert_eq!(key("Sat February 13, 2016"), Some(20_160_213));
        assert_eq!(key("Published 4 Oct. 2016 12:00"), Some(20_161_004));
        assert_eq!(key("3rd Sept 2015"), Some(20_150_903));
        assert_eq!(key("2016-10-04T10:00:00Z"), Some(20_161_004));
        assert_eq!(key("Dec 31, 1999"), Some(19_991_231));
        assert_eq!(key("in May 2016"), None);
        assert_eq!(key("no date"), None);
        let mut written = ["4 Oct. 2016", "Dec 31, 1999", "2016-02-13"];
        written.sort_by_key(|d| key(d));
        assert_eq!(written, ["Dec 31, 1999", "2016-02-13", "4 Oct. 2016"]);
    }
}
