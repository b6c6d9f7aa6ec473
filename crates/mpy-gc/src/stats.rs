//! Heap statistics, as `gc.mem_free()`, `gc.mem_alloc()` and `micropython.mem_info()` report.

use core::fmt;

use crate::BYTES_PER_BLOCK;
use crate::heap::Heap;
use crate::tables::{BLOCKS_PER_WORD, State};

/// A snapshot of the heap's occupancy. Block counts are exact, not estimates.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Stats {
    /// Bytes in the block pool (excludes the tables).
    pub total: usize,
    /// Bytes in allocated blocks.
    pub used: usize,
    /// Bytes in free blocks.
    pub free: usize,
    /// Blocks in the pool.
    pub total_blocks: usize,
    /// Blocks in allocations.
    pub used_blocks: usize,
    /// Free blocks.
    pub free_blocks: usize,
    /// Live allocations.
    pub allocations: usize,
    /// Blocks in manual allocations (included in `used_blocks`).
    pub manual_blocks: usize,
    /// Allocations one block long.
    pub one_block: usize,
    /// Allocations two blocks long.
    pub two_block: usize,
    /// Length in blocks of the largest allocation.
    pub max_block: usize,
    /// Length in blocks of the largest run of free blocks: the largest allocation that can
    /// succeed without a collection.
    pub max_free_run: usize,
}

impl fmt::Display for Stats {
    /// MicroPython's `gc_info` lines, as in `micropython.mem_info()`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "GC: total: {}, used: {}, free: {}",
            self.total, self.used, self.free
        )?;
        writeln!(
            f,
            " No. of 1-blocks: {}, 2-blocks: {}, max blk sz: {}, max free sz: {}",
            self.one_block, self.two_block, self.max_block, self.max_free_run
        )
    }
}

impl Stats {
    fn end_allocation(&mut self, len: usize) {
        match len {
            0 => return,
            1 => self.one_block += 1,
            2 => self.two_block += 1,
            _ => {}
        }
        self.allocations += 1;
        self.max_block = self.max_block.max(len);
    }
}

impl Heap {
    /// Counts blocks by walking the allocation table once.
    pub fn stats(&self) -> Stats {
        let t = &self.tables;
        let n = t.n_blocks();
        let mut s = Stats {
            total_blocks: n,
            ..Stats::default()
        };
        let mut alloc_len = 0;
        let mut manual = false;
        let mut free_run = 0;
        for i in 0..t.atb_len() {
            let w = t.atb_word(i);
            let base = i * BLOCKS_PER_WORD;
            for j in 0..BLOCKS_PER_WORD.min(n - base) {
                match (w >> (2 * j)) & 3 {
                    0 => {
                        s.end_allocation(alloc_len);
                        alloc_len = 0;
                        free_run += 1;
                        s.free_blocks += 1;
                        s.max_free_run = s.max_free_run.max(free_run);
                    }
                    2 => {
                        alloc_len += 1;
                        s.used_blocks += 1;
                        s.manual_blocks += usize::from(manual);
                    }
                    _ => {
                        s.end_allocation(alloc_len);
                        alloc_len = 1;
                        free_run = 0;
                        manual = t.manual(base + j);
                        s.used_blocks += 1;
                        s.manual_blocks += usize::from(manual);
                    }
                }
            }
        }
        s.end_allocation(alloc_len);
        s.total = n * BYTES_PER_BLOCK;
        s.used = s.used_blocks * BYTES_PER_BLOCK;
        s.free = s.free_blocks * BYTES_PER_BLOCK;
        s
    }

    /// Free bytes, as `gc.mem_free()` reports them.
    pub fn mem_free(&self) -> usize {
        self.stats().free
    }

    /// Allocated bytes, as `gc.mem_alloc()` reports them.
    pub fn mem_alloc(&self) -> usize {
        self.stats().used
    }

    /// Whether block `b` is free; for tests and dumps.
    pub(crate) fn is_free_block(&self, b: usize) -> bool {
        self.tables.state(b) == State::Free
    }
}

#[cfg(test)]
mod tests {
    extern crate std;
    use std::string::ToString;

    use super::Stats;

    #[test]
    fn display_matches_micropython() {
        let s = Stats {
            total: 19712,
            used: 7008,
            free: 12704,
            one_block: 71,
            two_block: 52,
            max_block: 16,
            max_free_run: 397,
            ..Stats::default()
        };
        assert_eq!(
            s.to_string(),
            "GC: total: 19712, used: 7008, free: 12704\n \
             No. of 1-blocks: 71, 2-blocks: 52, max blk sz: 16, max free sz: 397\n"
        );
    }
}
