//! The mark phase: conservative scanning of roots and reached blocks, with a bounded explicit
//! stack and a heap-rescan fallback when it overflows.

use crate::heap::{Heap, NO_BLOCK};
use crate::tables::State;
use crate::{BYTES_PER_BLOCK, WORD_BYTES};

/// The root set of a running collection: every word pushed here is a candidate pointer.
///
/// A collection hands one to the registered [`crate::RootSource`] and to the closure of
/// [`Heap::collect_with`]. Each push marks what the word reaches before returning.
pub struct Roots<'h> {
    heap: &'h Heap,
}

impl<'h> Roots<'h> {
    pub(crate) fn new(heap: &'h Heap) -> Self {
        Roots { heap }
    }

    /// Treats `word` as a candidate pointer.
    pub fn push(&mut self, word: usize) {
        self.heap.mark_word(word);
        self.heap.drain_mark_stack();
    }

    /// Treats every word of `words` as a candidate pointer.
    pub fn push_words(&mut self, words: &[usize]) {
        for &w in words {
            self.push(w);
        }
    }

    /// Treats every aligned word in the byte range `start..end` as a candidate pointer, e.g.
    /// the machine stack from the stack pointer to its top.
    ///
    /// The start is rounded up and the end down to word alignment.
    ///
    /// # Safety
    /// The whole range must be readable (it may be written concurrently by nobody).
    pub unsafe fn push_range(&mut self, start: *const u8, end: *const u8) {
        let first = (start as usize).next_multiple_of(WORD_BYTES);
        let last = (end as usize) & !(WORD_BYTES - 1);
        if first >= last {
            return;
        }
        let p = start.wrapping_add(first - start as usize).cast::<usize>();
        for k in 0..(last - first) / WORD_BYTES {
            // SAFETY: aligned, inside the readable range the caller vouches for. Volatile so
            // the optimiser cannot reason the read away, as the range may be our own stack.
            let w = unsafe { p.add(k).read_volatile() };
            self.push(w);
        }
    }
}

impl Heap {
    /// Marks the allocation `word` points into, if any, and queues it for scanning.
    #[inline]
    pub(crate) fn mark_word(&self, word: usize) {
        let Some(b) = self.block_of(word) else {
            return;
        };
        let t = &self.tables;
        let head = match t.state(b) {
            State::Head => b,
            State::Free | State::Mark => return,
            State::Tail => match t.head_of(b) {
                Some(h) if t.state(h) == State::Head => h,
                _ => return,
            },
        };
        self.mark_head(head);
    }

    /// Marks the unmarked head `head` and queues it for scanning.
    pub(crate) fn mark_head(&self, head: usize) {
        self.tables.set_mark(head);
        let sp = self.mark_sp.get();
        if sp < self.mark_stack_len {
            // SAFETY: `sp` is inside the mark stack carved from the region.
            unsafe { self.mark_stack.add(sp).write(head) };
            self.mark_sp.set(sp + 1);
        } else {
            // The block stays marked but unscanned; the rescan fallback will find it.
            self.mark_overflow.set(true);
        }
    }

    /// Scans queued blocks until the mark stack is empty.
    pub(crate) fn drain_mark_stack(&self) {
        loop {
            let sp = self.mark_sp.get();
            if sp == 0 {
                return;
            }
            self.mark_sp.set(sp - 1);
            // SAFETY: below the stack pointer, so written by `mark_head`.
            let head = unsafe { self.mark_stack.add(sp - 1).read() };
            self.scan_allocation(head);
        }
    }

    /// Marks everything the words of the allocation at `head` point to.
    fn scan_allocation(&self, head: usize) {
        let words = self.tables.alloc_len(head) * (BYTES_PER_BLOCK / WORD_BYTES);
        let p = self.block_ptr(head).cast::<usize>();
        for k in 0..words {
            // SAFETY: the allocation lies in the pool, which is block- hence word-aligned.
            let w = unsafe { p.add(k).read() };
            self.mark_word(w);
        }
    }

    /// Marks the pinned block and every manual block, which are roots by definition.
    pub(crate) fn mark_internal_roots(&self) {
        let pinned = self.pinned.get();
        if pinned != NO_BLOCK && self.tables.state(pinned) == State::Head {
            self.mark_head(pinned);
            self.drain_mark_stack();
        }
        let t = &self.tables;
        for i in 0..t.bits_len() {
            let mut bits = t.mtb_word(i);
            while bits != 0 {
                let b = i * usize::BITS as usize + bits.trailing_zeros() as usize;
                bits &= bits - 1;
                if t.state(b) == State::Head {
                    self.mark_head(b);
                    self.drain_mark_stack();
                }
            }
        }
    }

    /// Rescans marked blocks until no mark was dropped for want of stack space; returns the
    /// number of rescans.
    ///
    /// Children of already scanned blocks were marked when those were scanned, so scanning
    /// every marked block again reaches whatever an overflowed block would have.
    pub(crate) fn finish_overflowed_marking(&self) -> usize {
        let mut rescans = 0;
        while self.mark_overflow.replace(false) {
            rescans += 1;
            let t = &self.tables;
            for b in 0..t.n_blocks() {
                if t.state(b) == State::Mark {
                    self.scan_allocation(b);
                    self.drain_mark_stack();
                }
            }
        }
        rescans
    }

    /// Turns every mark back into a plain head; used when a collection is abandoned.
    pub(crate) fn clear_marks(&self) {
        self.mark_sp.set(0);
        self.mark_overflow.set(false);
        let t = &self.tables;
        for i in 0..t.atb_len() {
            let w = t.atb_word(i);
            // A mark is 0b11: clear the high bit of every field whose low bit is set.
            let marks = w & (w >> 1) & (usize::MAX / 3);
            t.set_atb_word(i, w & !(marks << 1));
        }
    }
}
