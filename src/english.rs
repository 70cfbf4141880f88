//! Counts written in English: the one place that chooses between "article" and "articles".

/// `one` when `n` is 1, else `many`: nouns ("1 article", "2 articles") and the verbs that
/// agree with them ("1 article matches", "2 articles match").
pub fn plural<'a, N: Copy + PartialEq + From<u8>>(n: N, one: &'a str, many: &'a str) -> &'a str {
    if n == N::from(1) {
        one
    } else {
        many
    }
}

/// `n` followed by the word for it: "1 article", "3 articles", "0 articles".
pub fn count<N: Copy + std::fmt::Display + PartialEq + From<u8>>(
    n: N,
    one: &str,
    many: &str,
) -> String {
    format!("{n} {}", plural(n, one, many))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_is_singular_and_every_other_number_plural() {
        assert_eq!(count(1u32, "article", "articles"), "1 article");
        assert_eq!(count(0usize, "article", "articles"), "0 articles");
        assert_eq!(count(21u32, "result", "results"), "21 results");
        assert_eq!(plural(2usize, "matches", "match"), "match");
        assert_eq!(plural(1usize, "matches", "match"), "matches");
    }
}
