//! The per-block bit tables: allocation states (2 bits a block) and two 1-bit flag tables.
//!
//! The finaliser table marks heads whose finaliser must run. Manual allocations get a third
//! table of the same shape rather than a spare encoding: the four allocation states are all
//! taken (free, head, tail, marked head), the flag must be read in O(1) when the sweep meets
//! an unmarked head, and collecting the manual roots walks this sparse table a word at a time
//! instead of visiting every block. It costs one bit per block, 1/256 of the pool on 64-bit.
//!
//! All tables are arrays of machine words so scans can test a whole word of blocks at once
//! (a zero allocation word is `BLOCKS_PER_WORD` free blocks). Fields past the last block stay
//! zero (free) forever; every loop is bounded by the block count, and a word holding such
//! padding is never "all tails", so word-level shortcuts cannot run past the end.

use core::ptr;

/// Allocation state of a block.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub(crate) enum State {
    /// Not part of any allocation.
    Free = 0,
    /// First block of an allocation, not (yet) marked.
    Head = 1,
    /// A following block of an allocation.
    Tail = 2,
    /// First block of an allocation that the running collection has reached.
    Mark = 3,
}

impl State {
    #[inline]
    fn from_bits(bits: usize) -> State {
        match bits & 3 {
            0 => State::Free,
            1 => State::Head,
            2 => State::Tail,
            _ => State::Mark,
        }
    }
}

/// Blocks described by one word of the allocation table.
pub(crate) const BLOCKS_PER_WORD: usize = usize::BITS as usize / 2;
/// Blocks described by one word of a 1-bit table.
pub(crate) const BITS_PER_WORD: usize = usize::BITS as usize;
/// An allocation-table word whose every block is a tail.
pub(crate) const ALL_TAIL: usize = usize::MAX / 3 * 2; // 0b1010...
/// The low bit of every 2-bit field.
const LOW_BITS: usize = usize::MAX / 3; // 0b0101...

/// True if no block of the allocation-table word `w` is free.
#[inline]
pub(crate) fn none_free(w: usize) -> bool {
    (w | (w >> 1)) & LOW_BITS == LOW_BITS
}

/// Pointers to the three tables inside the heap region, plus their common block count.
///
/// Invariant (upheld by `Heap::with_config`): each pointer is valid for reads and writes of
/// `atb_words(n_blocks)` resp. `bit_words(n_blocks)` words for as long as the heap lives, and
/// nothing else accesses that memory. Indices passed in are always `< n_blocks`.
#[derive(Clone, Copy)]
pub(crate) struct Tables {
    atb: *mut usize,
    ftb: *mut usize,
    mtb: *mut usize,
    n_blocks: usize,
}

/// Words of allocation table needed for `n_blocks`.
pub(crate) const fn atb_words(n_blocks: usize) -> usize {
    n_blocks.div_ceil(BLOCKS_PER_WORD)
}

/// Words of a 1-bit table needed for `n_blocks`.
pub(crate) const fn bit_words(n_blocks: usize) -> usize {
    n_blocks.div_ceil(BITS_PER_WORD)
}

/// Words of all three tables together.
pub(crate) const fn table_words(n_blocks: usize) -> usize {
    atb_words(n_blocks) + 2 * bit_words(n_blocks)
}

impl Tables {
    /// Lays the tables out from `base` and clears them.
    ///
    /// # Safety
    /// `base` must be word-aligned and valid for writes of `table_words(n_blocks)` words that
    /// nothing else uses while the tables live.
    pub(crate) unsafe fn new(base: *mut usize, n_blocks: usize) -> Tables {
        // SAFETY: the offsets stay inside the `table_words(n_blocks)` words the caller gave.
        unsafe {
            ptr::write_bytes(base, 0, table_words(n_blocks));
            let ftb = base.add(atb_words(n_blocks));
            let mtb = ftb.add(bit_words(n_blocks));
            Tables {
                atb: base,
                ftb,
                mtb,
                n_blocks,
            }
        }
    }

    /// Number of blocks the tables describe.
    #[inline]
    pub(crate) fn n_blocks(&self) -> usize {
        self.n_blocks
    }

    /// Number of words of the allocation table.
    #[inline]
    pub(crate) fn atb_len(&self) -> usize {
        atb_words(self.n_blocks)
    }

    /// Number of words of each 1-bit table.
    #[inline]
    pub(crate) fn bits_len(&self) -> usize {
        bit_words(self.n_blocks)
    }

    /// Word `i` of the allocation table.
    #[inline]
    pub(crate) fn atb_word(&self, i: usize) -> usize {
        debug_assert!(i < self.atb_len());
        // SAFETY: `i` is inside the table (type invariant).
        unsafe { self.atb.add(i).read() }
    }

    /// Overwrites word `i` of the allocation table.
    #[inline]
    pub(crate) fn set_atb_word(&self, i: usize, w: usize) {
        debug_assert!(i < self.atb_len());
        // SAFETY: `i` is inside the table (type invariant).
        unsafe { self.atb.add(i).write(w) }
    }

    /// State of block `b`.
    #[inline]
    pub(crate) fn state(&self, b: usize) -> State {
        debug_assert!(b < self.n_blocks);
        let w = self.atb_word(b / BLOCKS_PER_WORD);
        State::from_bits(w >> (2 * (b % BLOCKS_PER_WORD)))
    }

    /// Turns the unmarked head `b` into a marked one.
    #[inline]
    pub(crate) fn set_mark(&self, b: usize) {
        let i = b / BLOCKS_PER_WORD;
        self.set_atb_word(i, self.atb_word(i) | (3 << (2 * (b % BLOCKS_PER_WORD))));
    }

    /// Sets blocks `start..end` to state `s`, a word at a time.
    pub(crate) fn fill(&self, start: usize, end: usize, s: State) {
        debug_assert!(start <= end && end <= self.n_blocks);
        let pattern = LOW_BITS * s as usize;
        let mut b = start;
        while b < end {
            let i = b / BLOCKS_PER_WORD;
            let j = b % BLOCKS_PER_WORD;
            let count = (BLOCKS_PER_WORD - j).min(end - b);
            let mask = if count == BLOCKS_PER_WORD {
                usize::MAX
            } else {
                ((1usize << (2 * count)) - 1) << (2 * j)
            };
            self.set_atb_word(i, (self.atb_word(i) & !mask) | (pattern & mask));
            b += count;
        }
    }

    /// Number of blocks of the allocation whose head is `head` (head plus following tails).
    pub(crate) fn alloc_len(&self, head: usize) -> usize {
        let mut b = head + 1;
        while b < self.n_blocks {
            let j = b % BLOCKS_PER_WORD;
            let fields = BLOCKS_PER_WORD - j;
            // Tail fields become zero; the zero bits shifted in at the top are not counted
            // because `fields` caps the result.
            let x = (self.atb_word(b / BLOCKS_PER_WORD) >> (2 * j)) ^ (ALL_TAIL >> (2 * j));
            let tails = ((x.trailing_zeros() / 2) as usize).min(fields);
            b += tails;
            if tails < fields {
                break;
            }
        }
        b.min(self.n_blocks) - head
    }

    /// The head of the allocation containing block `b`, if `b` belongs to one.
    pub(crate) fn head_of(&self, mut b: usize) -> Option<usize> {
        loop {
            let i = b / BLOCKS_PER_WORD;
            let j = b % BLOCKS_PER_WORD;
            // Field `j` moves to the top; the zero fields shifted in at the bottom differ from
            // a tail, so they end the count.
            let x = (self.atb_word(i) << (2 * (BLOCKS_PER_WORD - 1 - j))) ^ ALL_TAIL;
            let tails = (x.leading_zeros() / 2) as usize;
            if tails <= j {
                let h = b - tails;
                return match self.state(h) {
                    State::Head | State::Mark => Some(h),
                    State::Free | State::Tail => None,
                };
            }
            if i == 0 {
                return None;
            }
            b = i * BLOCKS_PER_WORD - 1;
        }
    }

    #[inline]
    fn bit(table: *mut usize, b: usize) -> bool {
        // SAFETY: callers pass `b < n_blocks`, inside the table (type invariant).
        unsafe { (table.add(b / BITS_PER_WORD).read() >> (b % BITS_PER_WORD)) & 1 != 0 }
    }

    #[inline]
    fn set_bit(table: *mut usize, b: usize, on: bool) {
        let m = 1usize << (b % BITS_PER_WORD);
        // SAFETY: callers pass `b < n_blocks`, inside the table (type invariant).
        unsafe {
            let p = table.add(b / BITS_PER_WORD);
            p.write(if on { p.read() | m } else { p.read() & !m });
        }
    }

    /// Whether the allocation headed by `b` wants its finaliser called.
    #[inline]
    pub(crate) fn finaliser(&self, b: usize) -> bool {
        debug_assert!(b < self.n_blocks);
        Self::bit(self.ftb, b)
    }

    /// Sets or clears the finaliser flag of head `b`.
    #[inline]
    pub(crate) fn set_finaliser(&self, b: usize, on: bool) {
        debug_assert!(b < self.n_blocks);
        Self::set_bit(self.ftb, b, on)
    }

    /// Word `i` of the finaliser table.
    #[inline]
    pub(crate) fn ftb_word(&self, i: usize) -> usize {
        debug_assert!(i < self.bits_len());
        // SAFETY: `i` is inside the table (type invariant).
        unsafe { self.ftb.add(i).read() }
    }

    /// Whether the allocation headed by `b` is manual (never swept, scanned as a root).
    #[inline]
    pub(crate) fn manual(&self, b: usize) -> bool {
        debug_assert!(b < self.n_blocks);
        Self::bit(self.mtb, b)
    }

    /// Sets or clears the manual flag of head `b`.
    #[inline]
    pub(crate) fn set_manual(&self, b: usize, on: bool) {
        debug_assert!(b < self.n_blocks);
        Self::set_bit(self.mtb, b, on)
    }

    /// Word `i` of the manual table.
    #[inline]
    pub(crate) fn mtb_word(&self, i: usize) -> usize {
        debug_assert!(i < self.bits_len());
        // SAFETY: `i` is inside the table (type invariant).
        unsafe { self.mtb.add(i).read() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with_tables(n: usize, f: impl FnOnce(Tables)) {
        let mut mem = [0usize; 64];
        assert!(table_words(n) <= mem.len());
        // SAFETY: `mem` is large enough and outlives the tables.
        f(unsafe { Tables::new(mem.as_mut_ptr(), n) });
    }

    #[test]
    fn fill_len_and_head_across_words() {
        let n = BLOCKS_PER_WORD * 5 + 3;
        with_tables(n, |t| {
            let head = BLOCKS_PER_WORD - 2;
            let len = BLOCKS_PER_WORD * 3 + 1;
            t.fill(head, head + 1, State::Head);
            t.fill(head + 1, head + len, State::Tail);
            assert_eq!(t.alloc_len(head), len);
            for b in head..head + len {
                assert_eq!(t.head_of(b), Some(head), "block {b}");
            }
            assert_eq!(t.head_of(head + len), None);
            assert_eq!(t.head_of(0), None);
            t.set_mark(head);
            assert_eq!(t.state(head), State::Mark);
            assert_eq!(t.head_of(head + len - 1), Some(head));
        });
    }

    #[test]
    fn allocation_ending_at_last_block() {
        let n = BLOCKS_PER_WORD + 3;
        with_tables(n, |t| {
            t.fill(1, 2, State::Head);
            t.fill(2, n, State::Tail);
            assert_eq!(t.alloc_len(1), n - 1);
            assert_eq!(t.head_of(n - 1), Some(1));
            t.fill(n - 1, n, State::Head);
            assert_eq!(t.alloc_len(n - 1), 1);
        });
    }

    #[test]
    fn none_free_detects_any_free_field() {
        assert!(none_free(ALL_TAIL));
        assert!(none_free(usize::MAX));
        assert!(!none_free(ALL_TAIL & !0b11_0000));
        assert!(!none_free(0));
    }

    #[test]
    fn flag_bits() {
        with_tables(200, |t| {
            t.set_finaliser(130, true);
            t.set_manual(131, true);
            assert!(t.finaliser(130) && !t.finaliser(131));
            assert!(t.manual(131) && !t.manual(130));
            t.set_finaliser(130, false);
            assert!(!t.finaliser(130));
        });
    }
}
