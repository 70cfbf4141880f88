//! Typo tolerance: the edit distance between a query word and the terms of a typo shard, up
//! to a small bound.
//!
//! The distance is the optimal-string-alignment distance (insertions, deletions, substitutions
//! and swaps of two neighbours each cost one: `teh` is one edit from `the`), counted in bytes of
//! the folded word, which is characters for Latin text after folding. Each state is one row of
//! the usual dynamic-programming table (plus the row before it, for swaps), kept on the stack,
//! so measuring allocates nothing. Two rules keep it small: the first letter must be right
//! (typos there are rare, and the typo shards are cut by first letter), and only the cells
//! near the diagonal are computed, since the others cannot be within the distance.

/// The longest query word that gets typo tolerance, in bytes.
pub const MAX_FUZZY_BYTES: usize = 24;

/// The maximum distance allowed for a word of `chars` characters: 1 from 4, 2 from 8.
pub fn max_distance(chars: usize) -> u8 {
    match chars {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    }
}

/// Accepts the terms within `distance` edits of a word.
#[derive(Debug, Clone)]
pub struct Fuzzy {
    word: [u8; MAX_FUZZY_BYTES],
    len: usize,
    distance: u8,
}

/// One row of the table, with the row before it, the byte that led here and the row number.
#[derive(Debug, Clone)]
pub struct Row {
    cells: [u8; MAX_FUZZY_BYTES + 1],
    prev: [u8; MAX_FUZZY_BYTES + 1],
    last: Option<u8>,
    depth: usize,
}

impl Fuzzy {
    /// `None` when `word` is too long or empty. Distances above 2 count as 2.
    pub fn new(word: &str, distance: u8) -> Option<Self> {
        let bytes = word.as_bytes();
        if bytes.is_empty() || bytes.len() > MAX_FUZZY_BYTES {
            return None;
        }
        let mut buf = [0; MAX_FUZZY_BYTES];
        buf.get_mut(..bytes.len())?.copy_from_slice(bytes);
        Some(Self {
            word: buf,
            len: bytes.len(),
            distance: distance.min(2),
        })
    }

    fn cap(&self) -> u8 {
        self.distance.saturating_add(1)
    }

    /// The edit distance between the word and `term`, capped at the allowed distance plus one.
    pub fn distance_to(&self, term: &[u8]) -> u8 {
        let mut state = self.start();
        for &b in term {
            state = self.accept(&state, b);
            if !self.can_match(&state) {
                return self.cap();
            }
        }
        state.cells.get(self.len).copied().unwrap_or(u8::MAX)
    }
}

impl Fuzzy {
    fn start(&self) -> Row {
        let mut cells = [0; MAX_FUZZY_BYTES + 1];
        for (i, c) in cells.iter_mut().enumerate() {
            *c = (i as u8).min(self.cap());
        }
        Row {
            cells,
            prev: [self.cap(); MAX_FUZZY_BYTES + 1],
            last: None,
            depth: 0,
        }
    }

    fn can_match(&self, state: &Row) -> bool {
        state
            .cells
            .iter()
            .take(self.len + 1)
            .any(|&d| d <= self.distance)
    }

    fn accept(&self, state: &Row, byte: u8) -> Row {
        let cap = self.cap();
        let depth = state.depth.saturating_add(1);
        let mut cells = [cap; MAX_FUZZY_BYTES + 1];
        // The first letter must be right: it rules out most of the dictionary at once.
        if state.depth > 0 || self.word.first() == Some(&byte) {
            cells[0] = depth.min(usize::from(cap)) as u8;
            // Only cells near the diagonal can be within the distance.
            let k = usize::from(self.distance);
            let lo = depth.saturating_sub(k).max(1);
            let hi = depth.saturating_add(k).min(self.len);
            for j in lo..hi + 1 {
                let q = self.word[j - 1];
                let mut d = (state.cells[j] + 1)
                    .min(cells[j - 1] + 1)
                    .min(state.cells[j - 1] + u8::from(q != byte));
                if j >= 2 && state.last == Some(q) && self.word[j - 2] == byte && q != byte {
                    d = d.min(state.prev[j - 2] + 1);
                }
                cells[j] = d.min(cap);
            }
        }
        Row {
            cells,
            prev: state.cells,
            last: Some(byte),
            depth,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(a: &str, b: &str) -> u8 {
        Fuzzy::new(a, 2).unwrap().distance_to(b.as_bytes())
    }

    #[test]
    fn counts_edits_and_swaps() {
        assert_eq!(d("kerry", "kerry"), 0);
        assert_eq!(d("kery", "kerry"), 1);
        assert_eq!(d("kerrry", "kerry"), 1);
        assert_eq!(d("kerby", "kerry"), 1);
        assert_eq!(d("teh", "the"), 1);
        assert_eq!(d("secratar", "secretary"), 2);
        assert_eq!(d("abc", "xyz"), 3);
        assert_eq!(d("abcdef", ""), 3);
        assert_eq!(d("kerry", "berry"), 3); // the first letter must be right
        assert_eq!(d("gadren", "garden"), 1);
    }

    #[test]
    fn distance_grows_with_word_length() {
        assert_eq!(max_distance(3), 0);
        assert_eq!(max_distance(4), 1);
        assert_eq!(max_distance(7), 1);
        assert_eq!(max_distance(8), 2);
    }

    #[test]
    fn refuses_empty_and_long_words() {
        assert!(Fuzzy::new("", 1).is_none());
        assert!(Fuzzy::new(&"a".repeat(MAX_FUZZY_BYTES + 1), 1).is_none());
        assert!(Fuzzy::new(&"a".repeat(MAX_FUZZY_BYTES), 1).is_some());
    }

    #[test]
    fn the_first_letter_must_be_right() {
        let aut = Fuzzy::new("kery", 1).unwrap();
        let found: Vec<&str> = ["kernel", "kerry", "merry", "query", "very"]
            .into_iter()
            .filter(|t| aut.distance_to(t.as_bytes()) <= 1)
            .collect();
        assert_eq!(found, ["kerry"]); // `very` is one edit away, but in the first letter
    }
}
