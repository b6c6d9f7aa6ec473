//! The sweep: finalisers for unreachable flagged blocks, then freeing what was not marked.

use core::ptr::NonNull;

use crate::heap::{Heap, NO_BLOCK};
use crate::tables::{ALL_TAIL, BITS_PER_WORD, BLOCKS_PER_WORD, State};

impl Heap {
    /// Calls the finaliser for every unmarked head that has the flag, clearing the flag.
    ///
    /// This is a pass of its own, before anything is freed, so a finaliser still sees intact
    /// data in other unreachable blocks. It walks the sparse finaliser table, not every block.
    pub(crate) fn run_finalisers(&self) -> usize {
        let t = &self.tables;
        let mut calls = 0;
        for i in 0..t.bits_len() {
            let mut bits = t.ftb_word(i);
            while bits != 0 {
                let b = i * BITS_PER_WORD + bits.trailing_zeros() as usize;
                bits &= bits - 1;
                // Re-checked per block: an earlier finaliser may have freed this one.
                if t.state(b) != State::Head || !t.finaliser(b) || t.manual(b) {
                    continue;
                }
                t.set_finaliser(b, false);
                if let (Some(f), Some(p)) = (self.finaliser.get(), NonNull::new(self.block_ptr(b)))
                {
                    // SAFETY: `set_finaliser` made the caller vouch for this call.
                    unsafe { (f.func)(f.ctx, p) };
                    calls += 1;
                }
            }
        }
        calls
    }

    /// Frees unmarked managed allocations and unmarks the rest, a table word at a time.
    /// Returns (blocks freed, allocations freed).
    pub(crate) fn sweep(&self) -> (usize, usize) {
        let t = &self.tables;
        let mut freed_blocks = 0;
        let mut freed_allocs = 0;
        let mut lowest = NO_BLOCK;
        // Whether the tails now being passed belong to an allocation being freed.
        let mut freeing = false;
        for i in 0..t.atb_len() {
            let w = t.atb_word(i);
            let base = i * BLOCKS_PER_WORD;
            if w == 0 {
                freeing = false;
                continue;
            }
            if w == ALL_TAIL {
                if freeing {
                    t.set_atb_word(i, 0);
                    freed_blocks += BLOCKS_PER_WORD;
                }
                continue;
            }
            let mut nw = w;
            for j in 0..BLOCKS_PER_WORD {
                let field = 3usize << (2 * j);
                match (w >> (2 * j)) & 3 {
                    0 => freeing = false,
                    1 => {
                        let b = base + j;
                        // Manual heads are marked as roots; this only guards the invariant.
                        if t.manual(b) {
                            freeing = false;
                            continue;
                        }
                        nw &= !field;
                        t.set_finaliser(b, false);
                        freeing = true;
                        freed_blocks += 1;
                        freed_allocs += 1;
                        lowest = lowest.min(b);
                    }
                    2 => {
                        if freeing {
                            nw &= !field;
                            freed_blocks += 1;
                        }
                    }
                    _ => {
                        nw &= !(2usize << (2 * j));
                        freeing = false;
                    }
                }
            }
            t.set_atb_word(i, nw);
        }
        if lowest < self.first_free.get() {
            self.first_free.set(lowest);
        }
        if freed_blocks > 0 {
            self.reset_skips();
        }
        (freed_blocks, freed_allocs)
    }
}

#[cfg(test)]
mod tests {
    use crate::tables::State;
    use crate::{Heap, HeapConfig};

    #[test]
    fn sweep_frees_unmarked_and_keeps_marked() {
        let mut mem = [0u64; 512];
        // SAFETY: `mem` outlives the heap.
        let heap = unsafe {
            Heap::with_config(
                mem.as_mut_ptr().cast(),
                core::mem::size_of_val(&mem),
                HeapConfig::default(),
            )
        }
        .unwrap();
        // Nothing here is rooted; keep `gc-stress` from collecting it.
        heap.disable();
        let a = heap.alloc(100, false).unwrap();
        let b = heap.alloc(10, false).unwrap();
        let c = heap.alloc(300, false).unwrap();
        let size = |p: core::ptr::NonNull<u8>| heap.info(p.as_ptr()).unwrap().size;
        let expect_freed = (size(a) + size(c)) / crate::BYTES_PER_BLOCK;
        let head_b = heap.head_at(b).unwrap();
        heap.tables.set_mark(head_b);
        let (blocks, allocs) = heap.sweep();
        assert_eq!(allocs, 2);
        assert_eq!(blocks, expect_freed);
        assert_eq!(heap.tables.state(head_b), State::Head);
        assert!(heap.info(a.as_ptr()).is_none());
        assert!(heap.info(c.as_ptr()).is_none());
        assert_eq!(heap.stats().used_blocks, 1);
    }
}
