//! Sorting with one compiled copy of the algorithm, for the code that runs in the browser.
//!
//! The standard library's sorts are fast, and each call site's element type and comparison
//! gets its own copy of them, about 3 KB of wasm each: 119 copies made 57 KB of the app's wasm
//! (`scripts/wasm-bytes.sh`, issue 12). Here the work is a stable merge sort of positions
//! (`u32`) through a `dyn` comparison, compiled once; what is generic over the element type is
//! only the swapping of elements into the order found, a few dozen bytes per type.
//!
//! Every function is stable (equal elements keep their order), so it can stand in for both
//! `sort_by` and `sort_unstable_by`. It is slower than the standard sorts (an indirect call per
//! comparison, one allocation): natively, at `opt-level = "z"`, 10,000 ranking tuples took
//! 9.5 ms against 2.7 ms for `sort_by`, and 50,000 took 41 ms against 18 ms (a loaded machine).
//! So the search keeps the standard sort for its lists of every matching article; the shorter
//! lists (terms, spans, facets on screen) use this one.

use std::cmp::Ordering;

/// Sorts `v` by `compare`, keeping equal elements in their order.
pub fn sort_by<T>(v: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    let order = {
        let items: &[T] = v;
        positions(
            items.len(),
            &mut |a, b| match (items.get(a), items.get(b)) {
                (Some(x), Some(y)) => compare(x, y),
                _ => Ordering::Equal,
            },
        )
    };
    permute(v, order);
}

/// Sorts `v` by the key `key` gives, keeping equal elements in their order.
pub fn sort_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `v` in ascending order.
pub fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, T::cmp);
}

/// The positions `0..n` in the order `compare` (on positions) gives, stable: a bottom-up merge
/// sort, with runs of up to 8 sorted by insertion first.
fn positions(n: usize, compare: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    const RUN: usize = 8;
    let mut order: Vec<usize> = (0..n).collect();
    for run in order.chunks_mut(RUN) {
        for i in 1..run.len() {
            let mut j = i;
            while j > 0 && compare(run[j - 1], run[j]) == Ordering::Greater {
                run.swap(j - 1, j);
                j -= 1;
            }
        }
    }
    let mut buffer = vec![0; n];
    let mut width = RUN;
    while width < n {
        for (start, out) in (0..n).step_by(2 * width).zip(buffer.chunks_mut(2 * width)) {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut i, mut j) = (start, mid);
            for slot in out.iter_mut() {
                // Take from the right run only when it is strictly smaller: stability.
                let right = j < end && (i >= mid || compare(order[j], order[i]) == Ordering::Less);
                if right {
                    *slot = order[j];
                    j += 1;
                } else {
                    *slot = order[i];
                    i += 1;
                }
            }
        }
        std::mem::swap(&mut order, &mut buffer);
        width *= 2;
    }
    order
}

/// Moves the elements of `v` so that position `i` gets the element that was at `order[i]`
/// (`order` is a permutation of `0..v.len()`), one cycle of the permutation at a time.
fn permute<T>(v: &mut [T], mut order: Vec<usize>) {
    const DONE: usize = usize::MAX;
    for start in 0..order.len() {
        let mut i = start;
        while let Some(&from) = order.get(i) {
            if from == DONE {
                break;
            }
            order[i] = DONE;
            if from == start {
                break;
            }
            v.swap(i, from);
            i = from;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small deterministic generator, so that the tests need no dependency.
    fn numbers(seed: u64, n: usize, below: u64) -> Vec<u64> {
        let mut x = seed;
        (0..n)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                x % below
            })
            .collect()
    }

    #[test]
    fn sorts_like_the_standard_stable_sort() {
        for n in [
            0, 1, 2, 3, 7, 8, 9, 15, 16, 17, 31, 64, 100, 257, 1000, 4099,
        ] {
            for (seed, below) in [(1, 5), (7, 1000), (11, u64::MAX)] {
                // Keys with many ties, tagged with their first position to see stability.
                let items: Vec<(u64, usize)> = numbers(seed + n as u64, n, below)
                    .into_iter()
                    .enumerate()
                    .map(|(i, k)| (k, i))
                    .collect();
                let mut ours = items.clone();
                sort_by_key(&mut ours, |&(k, _)| k);
                let mut std_sorted = items.clone();
                std_sorted.sort_by_key(|&(k, _)| k);
                assert_eq!(ours, std_sorted, "n = {n}, keys below {below}");
            }
        }
    }

    #[test]
    fn sorts_descending_and_already_sorted_input() {
        let mut down: Vec<u32> = (0..100).rev().collect();
        sort(&mut down);
        assert_eq!(down, (0..100).collect::<Vec<u32>>());
        let mut up: Vec<u32> = (0..100).collect();
        sort_by(&mut up, |a, b| b.cmp(a));
        assert_eq!(up, (0..100).rev().collect::<Vec<u32>>());
    }

    #[test]
    fn moves_elements_that_own_memory() {
        let mut words: Vec<String> = ["pear", "fig", "apple", "fig", "kiwi"]
            .iter()
            .map(|w| w.to_string())
            .collect();
        sort(&mut words);
        assert_eq!(words, ["apple", "fig", "fig", "kiwi", "pear"]);
    }

    #[test]
    fn a_comparison_that_is_not_an_order_does_not_panic() {
        let mut v: Vec<u32> = (0..50).collect();
        let mut flip = false;
        sort_by(&mut v, |_, _| {
            flip = !flip;
            if flip {
                Ordering::Less
            } else {
                Ordering::Greater
            }
        });
        let mut seen = v.clone();
        seen.sort_unstable();
        assert_eq!(seen, (0..50).collect::<Vec<u32>>(), "still a permutation");
    }
}
