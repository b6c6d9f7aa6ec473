//! Allocation, reallocation and explicit freeing of blocks.

use core::ptr::{self, NonNull};

use crate::heap::{Heap, NO_BLOCK, SKIP_CLASSES};
use crate::tables::{BLOCKS_PER_WORD, State, none_free};
use crate::{BYTES_PER_BLOCK, WORD_BYTES};

/// What kind of allocation a new block run becomes.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) struct Kind {
    pub(crate) manual: bool,
    pub(crate) finaliser: bool,
}

/// Facts about one live allocation, as [`Heap::info`] reports them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AllocInfo {
    /// Start of the allocation (its head block).
    pub start: NonNull<u8>,
    /// Usable size in bytes: whole blocks, at least what was asked for.
    pub size: usize,
    /// Allocated with [`Heap::alloc_manual`]: never swept, scanned as a root.
    pub manual: bool,
    /// The finaliser will be called when a collection finds it unreachable.
    pub finaliser: bool,
}

/// Blocks needed for `n` bytes; zero bytes still take a block, so every allocation has a
/// distinct address.
#[inline]
fn blocks_for(n: usize) -> usize {
    n.div_ceil(BYTES_PER_BLOCK).max(1)
}

impl Heap {
    /// Allocates `n` zeroed bytes of managed memory, freed by a collection once unreachable.
    ///
    /// With `has_finaliser`, the registered [`crate::Finaliser`] is called for the block
    /// before a collection frees it. Returns `None` when the heap is locked or exhausted
    /// (after one automatic collection, if those are enabled). May run a collection.
    pub fn alloc(&self, n: usize, has_finaliser: bool) -> Option<NonNull<u8>> {
        self.alloc_kind(
            n,
            Kind {
                manual: false,
                finaliser: has_finaliser,
            },
        )
    }

    /// Allocates `n` zeroed bytes of manual memory: only [`Heap::free`] releases it, and every
    /// collection scans its contents as roots. Returns `None` when locked or exhausted.
    pub fn alloc_manual(&self, n: usize) -> Option<NonNull<u8>> {
        self.alloc_kind(
            n,
            Kind {
                manual: true,
                finaliser: false,
            },
        )
    }

    pub(crate) fn alloc_kind(&self, n: usize, kind: Kind) -> Option<NonNull<u8>> {
        let blocks = blocks_for(n);
        let head = self.alloc_blocks(blocks, kind)?;
        let p = self.block_ptr(head);
        // SAFETY: the run lies in the pool and was just taken for this allocation; stale data
        // must go both for the caller and so the conservative scan sees no old pointers.
        unsafe { ptr::write_bytes(p, 0, blocks * BYTES_PER_BLOCK) };
        NonNull::new(p)
    }

    /// Whether an automatic collection may run now.
    fn may_auto_collect(&self) -> bool {
        self.auto_collect.get() && !self.is_locked()
    }

    /// Finds and claims `blocks` blocks, collecting when the rules say so. Leaves the memory
    /// as it was.
    fn alloc_blocks(&self, blocks: usize, kind: Kind) -> Option<usize> {
        if self.is_locked() || blocks > self.tables.n_blocks() {
            return None;
        }
        let mut collected = false;
        if cfg!(feature = "gc-stress") && self.may_auto_collect() {
            self.collect();
            collected = true;
        } else if let Some(limit) = self.threshold_blocks.get() {
            if self.allocated_since_collect.get() >= limit && self.may_auto_collect() {
                self.collect();
                collected = true;
            }
        }
        let head = loop {
            if let Some(head) = self.find_run(blocks) {
                break head;
            }
            if collected || !self.may_auto_collect() {
                return None;
            }
            self.collect();
            collected = true;
        };
        let t = &self.tables;
        t.fill(head, head + 1, State::Head);
        t.fill(head + 1, head + blocks, State::Tail);
        t.set_finaliser(head, kind.finaliser);
        t.set_manual(head, kind.manual);
        self.note_allocated(blocks);
        Some(head)
    }

    fn note_allocated(&self, blocks: usize) {
        let since = self.allocated_since_collect.get();
        self.allocated_since_collect
            .set(since.saturating_add(blocks));
        let used = self.used_blocks.get() + blocks;
        self.used_blocks.set(used);
        if used > self.peak_blocks.get() {
            self.peak_blocks.set(used);
        }
        self.total_blocks_allocated.set(
            self.total_blocks_allocated
                .get()
                .wrapping_add(blocks as u64),
        );
    }

    /// Bytes handed out since the heap was created (MicroPython's `mem_total`).
    pub fn mem_total(&self) -> u64 {
        self.total_blocks_allocated.get() * BYTES_PER_BLOCK as u64
    }

    /// Bytes in live allocations (MicroPython's `mem_current`).
    pub fn mem_current(&self) -> usize {
        self.used_blocks.get() * BYTES_PER_BLOCK
    }

    /// Highest [`Heap::mem_current`] so far (MicroPython's `mem_peak`).
    pub fn mem_peak(&self) -> usize {
        self.peak_blocks.get() * BYTES_PER_BLOCK
    }

    /// Size class of a request: the largest `c` with `2^c <= n` (capped).
    fn skip_class(n: usize) -> usize {
        (n.ilog2() as usize).min(SKIP_CLASSES - 1)
    }

    /// First-fit search for `n` free blocks. Starts from the remembered lowest free block, or
    /// further up where an earlier search showed no run long enough starts below; moves both
    /// hints forward. Whole table words of free or used blocks are stepped over at once.
    fn find_run(&self, n: usize) -> Option<usize> {
        let t = &self.tables;
        let total = t.n_blocks();
        let first_free = self.first_free.get();
        let start = first_free.max(self.skip[Self::skip_class(n)].get());
        let mut lowest_free = NO_BLOCK;
        let mut run = 0;
        let mut run_start = 0;
        let mut found = None;
        let mut i = start / BLOCKS_PER_WORD;
        let mut j = start % BLOCKS_PER_WORD;
        'words: while i < t.atb_len() {
            let w = t.atb_word(i);
            let base = i * BLOCKS_PER_WORD;
            if j == 0 && w == 0 && base + BLOCKS_PER_WORD <= total {
                if run == 0 {
                    run_start = base;
                }
                if lowest_free == NO_BLOCK {
                    lowest_free = base;
                }
                run += BLOCKS_PER_WORD;
                if run >= n {
                    found = Some(run_start);
                    break;
                }
            } else if j == 0 && none_free(w) {
                run = 0;
            } else {
                // A mixed word: step over whole stretches of free / non-free blocks with bit
                // tricks instead of testing block by block (big allocations scan far).
                const LOW: usize = usize::MAX / 3;
                let free = !(w | (w >> 1)) & LOW;
                let used = !free & LOW;
                let limit = BLOCKS_PER_WORD.min(total - base);
                let mut jj = j;
                while jj < limit {
                    if (free >> (2 * jj)) & 1 != 0 {
                        let rest = used >> (2 * jj);
                        let len = if rest == 0 {
                            limit - jj
                        } else {
                            (rest.trailing_zeros() as usize / 2).min(limit - jj)
                        };
                        if run == 0 {
                            run_start = base + jj;
                        }
                        if lowest_free == NO_BLOCK {
                            lowest_free = base + jj;
                        }
                        if run + len >= n {
                            found = Some(run_start);
                            break 'words;
                        }
                        run += len;
                        jj += len;
                    } else {
                        run = 0;
                        let rest = free >> (2 * jj);
                        jj += if rest == 0 {
                            limit - jj
                        } else {
                            (rest.trailing_zeros() as usize / 2).min(limit - jj)
                        };
                    }
                }
                if limit < BLOCKS_PER_WORD {
                    break 'words;
                }
            }
            i += 1;
            j = 0;
        }
        if start == first_free {
            self.first_free.set(match found {
                Some(h) if h == lowest_free => h + n,
                _ if lowest_free == NO_BLOCK => total,
                _ => lowest_free,
            });
        }
        // No run of n or more blocks starts below `found` now, so none of any class whose
        // size is at least n does.
        let upto = found.unwrap_or(total);
        for c in Self::skip_class(n)..SKIP_CLASSES {
            if (1usize << c) >= n && self.skip[c].get() < upto {
                self.skip[c].set(upto);
            }
        }
        found
    }

    /// Lowers the free-run hints below blocks `from..` that were just freed (the run they
    /// join may start at free blocks just below them).
    fn note_freed(&self, from: usize) {
        if from < self.first_free.get() {
            self.first_free.set(from);
        }
        let mut r = from;
        let floor = self.first_free.get();
        while r > floor && self.tables.state(r - 1) == State::Free {
            r -= 1;
        }
        for s in &self.skip {
            if s.get() > r {
                s.set(r);
            }
        }
    }

    /// Forgets the free-run hints (a collection freed blocks anywhere).
    pub(crate) fn reset_skips(&self) {
        for s in &self.skip {
            s.set(0);
        }
    }

    /// Index of the head block that `ptr` points to exactly, if it is a live allocation.
    pub(crate) fn head_at(&self, ptr: NonNull<u8>) -> Option<usize> {
        let addr = ptr.as_ptr() as usize;
        let b = self.block_of(addr)?;
        if addr % BYTES_PER_BLOCK != 0 {
            return None;
        }
        match self.tables.state(b) {
            State::Head | State::Mark => Some(b),
            State::Free | State::Tail => None,
        }
    }

    /// Describes the live allocation that contains `ptr` (anywhere inside it), if any.
    pub fn info(&self, ptr: *const u8) -> Option<AllocInfo> {
        let b = self.block_of(ptr as usize)?;
        let head = self.tables.head_of(b)?;
        Some(AllocInfo {
            start: NonNull::new(self.block_ptr(head))?,
            size: self.tables.alloc_len(head) * BYTES_PER_BLOCK,
            manual: self.tables.manual(head),
            finaliser: self.tables.finaliser(head),
        })
    }

    /// Frees the allocation starting at `ptr` without calling its finaliser.
    ///
    /// Returns `false`, changing nothing, if `ptr` is not the start of a live allocation.
    /// Works while the heap is locked and from inside a finaliser.
    ///
    /// # Safety
    /// Nobody may use the allocation afterwards (the heap hands the blocks out again).
    pub unsafe fn free(&self, ptr: NonNull<u8>) -> bool {
        let Some(head) = self.head_at(ptr) else {
            return false;
        };
        self.release(head, self.tables.alloc_len(head));
        true
    }

    /// Frees the allocation containing `ptr` anywhere inside it; `false` if there is none.
    ///
    /// # Safety
    /// As for [`Heap::free`].
    pub(crate) unsafe fn free_containing(&self, ptr: NonNull<u8>) -> bool {
        let Some(head) = self
            .block_of(ptr.as_ptr() as usize)
            .and_then(|b| self.tables.head_of(b))
        else {
            return false;
        };
        self.release(head, self.tables.alloc_len(head));
        true
    }

    fn release(&self, head: usize, len: usize) {
        self.used_blocks
            .set(self.used_blocks.get().saturating_sub(len));
        let t = &self.tables;
        t.fill(head, head + len, State::Free);
        t.set_finaliser(head, false);
        t.set_manual(head, false);
        self.note_freed(head);
    }

    /// Resizes the allocation starting at `ptr` to `n` bytes, in place when the blocks after
    /// it are free (or it shrinks), otherwise by moving it; the kind and finaliser flag stay.
    ///
    /// Grown memory is zeroed. Returns `None`, leaving the allocation untouched, if `ptr` is not
    /// the start of a live allocation, or it must grow while the heap is locked, or no room is
    /// found. May collect;
    /// the allocation itself survives that collection even if nothing else reaches it.
    ///
    /// # Safety
    /// When the result differs from `ptr`, the old allocation is freed and must not be used.
    pub unsafe fn realloc(&self, ptr: NonNull<u8>, n: usize) -> Option<NonNull<u8>> {
        let head = self.head_at(ptr)?;
        let t = &self.tables;
        let old = t.alloc_len(head);
        let new = blocks_for(n);
        if new <= old {
            // Shrinking only frees, which is allowed while locked.
            if new < old {
                self.release_tail(head + new, head + old);
            }
            return Some(ptr);
        }
        if self.is_locked() {
            return None;
        }
        if self.grow_in_place(head, old, new) {
            return Some(ptr);
        }
        let kind = Kind {
            manual: t.manual(head),
            finaliser: t.finaliser(head),
        };
        self.pinned.set(head);
        let moved = self.alloc_blocks(new, kind);
        self.pinned.set(NO_BLOCK);
        let to = moved?;
        let dst = self.block_ptr(to);
        let old_bytes = old * BYTES_PER_BLOCK;
        // SAFETY: both runs lie in the pool and are distinct live allocations; the new one is
        // longer, so its part past the copy is zeroed to finish it.
        unsafe {
            ptr::copy_nonoverlapping(ptr.as_ptr(), dst, old_bytes);
            ptr::write_bytes(dst.add(old_bytes), 0, (new - old) * BYTES_PER_BLOCK);
        }
        self.release(head, old);
        NonNull::new(dst)
    }

    /// Frees blocks `from..to`, the end of an allocation that shrinks.
    fn release_tail(&self, from: usize, to: usize) {
        self.used_blocks
            .set(self.used_blocks.get().saturating_sub(to - from));
        self.tables.fill(from, to, State::Free);
        self.note_freed(from);
    }

    /// Extends the allocation at `head` from `old` to `new` blocks if the blocks after it are
    /// free.
    fn grow_in_place(&self, head: usize, old: usize, new: usize) -> bool {
        let t = &self.tables;
        let Some(end) = head.checked_add(new).filter(|&e| e <= t.n_blocks()) else {
            return false;
        };
        if (head + old..end).any(|b| t.state(b) != State::Free) {
            return false;
        }
        t.fill(head + old, end, State::Tail);
        self.note_allocated(new - old);
        let from = self.block_ptr(head + old);
        // SAFETY: the blocks lie in the pool and now belong to this allocation.
        unsafe { ptr::write_bytes(from, 0, (new - old) * BYTES_PER_BLOCK) };
        // The remembered lowest free block may have been one of these.
        if (head + old..end).contains(&self.first_free.get()) {
            self.first_free.set(end);
        }
        true
    }
}

const _: () = assert!(BYTES_PER_BLOCK.is_power_of_two() && BYTES_PER_BLOCK % WORD_BYTES == 0);
