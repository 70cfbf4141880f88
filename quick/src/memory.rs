//! The quick search's allocator, smaller than the standard library's (dlmalloc, 7 KB of code;
//! this one is 0.7 KB, and the stored module 3.0 KB smaller): blocks of power-of-two sizes, a
//! list of the free blocks of each size, new blocks cut in order from memory the module grows.
//! A block is never split or merged, so up to half of what it holds can be unused: the quick
//! search lives for the first queries only (the app takes over), and holds what they need:
//! the files it fetched and its answers.
//!
//! It is the module's allocator on wasm32 without the `atomics` feature (one thread); with
//! threads the standard library's stays. Natively it is only tested.

use std::alloc::{GlobalAlloc, Layout};
use std::cell::Cell;
use std::ptr::null_mut;

/// Block sizes 1, 2, 4, ... 2^31 bytes (the smallest used is 8).
const CLASSES: usize = 32;
/// The smallest block: room for the free list's link.
const SMALLEST: usize = 8;
/// Memory grows by pages of this many bytes.
pub const PAGE: usize = 65536;

/// The allocator; `grow(pages)` adds that many pages of memory and returns the address of the
/// first, or `None` when there is no more.
pub struct Classes<G> {
    /// Per size class, the address of the first free block (0: none); each free block holds
    /// the address of the next.
    free: [Cell<usize>; CLASSES],
    /// Where the next new block may start, and the end of the memory grown so far.
    next: Cell<usize>,
    end: Cell<usize>,
    grow: G,
}

// SAFETY: the module's allocator runs on one thread (wasm32 without `atomics`), and the tests
// use theirs from one thread.
unsafe impl<G> Sync for Classes<G> {}

impl<G: Fn(usize) -> Option<usize>> Classes<G> {
    /// An allocator with no memory yet.
    pub const fn new(grow: G) -> Self {
        Classes {
            free: [const { Cell::new(0) }; CLASSES],
            next: Cell::new(0),
            end: Cell::new(0),
            grow,
        }
    }

    /// The size class of a layout: the power of two of its block.
    fn class(layout: Layout) -> Option<usize> {
        let size = layout.size().max(layout.align()).max(SMALLEST);
        let class = size.checked_next_power_of_two()?.trailing_zeros() as usize;
        (class < CLASSES).then_some(class)
    }

    /// A new block of `size` bytes aligned to `align`, after the last one cut.
    fn cut(&self, size: usize, align: usize) -> Option<usize> {
        let fits = |next: usize| {
            let start = next.checked_next_multiple_of(align)?;
            (start.checked_add(size)? <= self.end.get()).then_some(start)
        };
        let start = match fits(self.next.get()) {
            Some(start) => start,
            None => {
                let pages = size.checked_add(align)?.div_ceil(PAGE);
                let base = (self.grow)(pages)?;
                if base != self.end.get() {
                    // Not after the memory grown so far: the rest of that is left unused.
                    self.next.set(base);
                }
                self.end.set(base.checked_add(pages.checked_mul(PAGE)?)?);
                fits(self.next.get())?
            }
        };
        self.next.set(start + size);
        Some(start)
    }
}

// SAFETY: a block is handed out once until it is freed; blocks are at least as large and as
// aligned as their layout asks (a free block is reused only when its address has the
// alignment asked for); a freed block goes back to the list of its layout's class.
unsafe impl<G: Fn(usize) -> Option<usize>> GlobalAlloc for Classes<G> {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let Some(class) = Self::class(layout) else {
            return null_mut();
        };
        let head = self.free[class].get();
        if head != 0 && head.is_multiple_of(layout.align()) {
            // SAFETY: a free block's first word holds the next free block's address.
            self.free[class].set(unsafe { *(head as *const usize) });
            return head as *mut u8;
        }
        self.cut(1 << class, layout.align().max(SMALLEST))
            .map_or(null_mut(), |at| at as *mut u8)
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        if let Some(class) = Self::class(layout) {
            // SAFETY: the block is ours again, and at least `SMALLEST` bytes, aligned.
            unsafe { *(ptr as *mut usize) = self.free[class].get() };
            self.free[class].set(ptr as usize);
        }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let Ok(new) = Layout::from_size_align(new_size, layout.align()) else {
            return null_mut();
        };
        if Self::class(new) == Self::class(layout) {
            return ptr;
        }
        // SAFETY: as the trait's own `realloc`: a new block, the bytes copied, the old freed.
        unsafe {
            let moved = self.alloc(new);
            if !moved.is_null() {
                std::ptr::copy_nonoverlapping(ptr, moved, layout.size().min(new_size));
                self.dealloc(ptr, layout);
            }
            moved
        }
    }
}

/// The module's memory: `memory.grow`, which gives the address where the new pages start.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
fn grow_memory(pages: usize) -> Option<usize> {
    let before = core::arch::wasm32::memory_grow(0, pages);
    (before != usize::MAX).then(|| before * PAGE)
}

#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: Classes<fn(usize) -> Option<usize>> = Classes::new(grow_memory);

#[cfg(test)]
mod tests {
    use super::*;

    /// An allocator over an arena of `pages` pages that grows in order, then refuses.
    fn arena(pages: usize) -> (Vec<u8>, Classes<impl Fn(usize) -> Option<usize>>) {
        let memory = vec![0u8; (pages + 1) * PAGE];
        let base = (memory.as_ptr() as usize).next_multiple_of(PAGE);
        let used = Cell::new(0);
        let grow = move |n: usize| {
            let at = used.get();
            (at + n <= pages).then(|| {
                used.set(at + n);
                base + at * PAGE
            })
        };
        (memory, Classes::new(grow))
    }

    #[test]
    fn blocks_are_aligned_apart_and_reused_once_freed() {
        let (_memory, a) = arena(8);
        let layouts = [
            (1, 1),
            (3, 2),
            (8, 8),
            (24, 8),
            (100, 4),
            (7, 64),
            (5000, 16),
        ];
        let mut blocks = Vec::new();
        for round in 0..3u8 {
            for &(size, align) in &layouts {
                let layout = Layout::from_size_align(size, align).unwrap();
                let p = unsafe { a.alloc(layout) };
                assert!(!p.is_null());
                assert_eq!(p as usize % align, 0, "{size} bytes aligned to {align}");
                unsafe { std::ptr::write_bytes(p, round, size) };
                blocks.push((p, layout, round));
            }
        }
        let mut spans: Vec<(usize, usize)> = blocks
            .iter()
            .map(|&(p, l, _)| (p as usize, p as usize + l.size()))
            .collect();
        spans.sort();
        assert!(
            spans.windows(2).all(|w| w[0].1 <= w[1].0),
            "no two blocks overlap"
        );
        for &(p, layout, round) in &blocks {
            let bytes = unsafe { std::slice::from_raw_parts(p, layout.size()) };
            assert!(
                bytes.iter().all(|&b| b == round),
                "each block keeps its bytes"
            );
        }
        let (p, layout, _) = blocks[3];
        unsafe { a.dealloc(p, layout) };
        let again = unsafe { a.alloc(Layout::from_size_align(20, 4).unwrap()) };
        assert_eq!(again, p, "a freed block of the same class is given again");
    }

    #[test]
    fn realloc_keeps_the_bytes_and_the_block_within_its_class() {
        let (_memory, a) = arena(4);
        let layout = Layout::from_size_align(10, 2).unwrap();
        let p = unsafe { a.alloc(layout) };
        unsafe { std::ptr::copy_nonoverlapping(b"0123456789".as_ptr(), p, 10) };
        let same = unsafe { a.realloc(p, layout, 16) };
        assert_eq!(same, p, "16 bytes fit the same block");
        let moved = unsafe { a.realloc(same, Layout::from_size_align(16, 2).unwrap(), 3000) };
        assert_ne!(moved, p);
        assert_eq!(
            unsafe { std::slice::from_raw_parts(moved, 10) },
            b"0123456789"
        );
        let big = Layout::from_size_align(70_000, 8).unwrap();
        let grown = unsafe { a.alloc(big) };
        assert!(
            !grown.is_null(),
            "a block larger than a page grows the memory"
        );
        assert!(
            unsafe { a.alloc(Layout::from_size_align(1 << 20, 8).unwrap()) }.is_null(),
            "no memory left: null, not a block"
        );
    }
}
