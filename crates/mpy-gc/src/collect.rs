//! A whole collection: roots, marking, finalisers, sweep.

use core::ptr::NonNull;

use crate::heap::Heap;
use crate::mark::Roots;

/// Where collections get their roots: a function plus a context pointer, so the owner (a VM
/// that itself holds the heap) can register itself without a self-referential borrow.
#[derive(Clone, Copy, Debug)]
pub struct RootSource {
    /// Pushes the owner's roots: registered globals, the machine stack, spilled registers.
    pub func: unsafe fn(ctx: *mut (), roots: &mut Roots<'_>),
    /// Passed back to `func` unchanged.
    pub ctx: *mut (),
}

/// What the sweep calls for an unreachable block that was allocated with a finaliser.
///
/// It runs while the heap is locked (allocation fails) and before any block of the same
/// collection is freed, so it may still read other unreachable blocks; it may free blocks.
#[derive(Clone, Copy, Debug)]
pub struct Finaliser {
    /// Finalises the block starting at the given pointer.
    pub func: unsafe fn(ctx: *mut (), block: NonNull<u8>),
    /// Passed back to `func` unchanged.
    pub ctx: *mut (),
}

/// What one collection did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Collection {
    /// Blocks returned to the free pool.
    pub freed_blocks: usize,
    /// Allocations returned to the free pool.
    pub freed_allocations: usize,
    /// Finaliser calls made.
    pub finalised: usize,
    /// Heap rescans forced by mark-stack overflow.
    pub overflow_rescans: usize,
}

/// Ends a collection even if a callback unwinds, leaving no stale marks that would let the
/// next collection skip scanning a block.
struct InProgress<'h> {
    heap: &'h Heap,
    finished: bool,
}

impl Drop for InProgress<'_> {
    fn drop(&mut self) {
        if !self.finished {
            self.heap.clear_marks();
        }
        self.heap.collecting.set(false);
    }
}

impl Heap {
    /// Runs a full collection with the roots of the registered [`RootSource`] (if any), the
    /// manual blocks, and a block being moved by `realloc`.
    ///
    /// Does nothing (returns all zeros) when called from inside a collection.
    pub fn collect(&self) -> Collection {
        self.collect_with(|_| {})
    }

    /// Like [`Heap::collect`], with `extra` pushing further roots.
    pub fn collect_with(&self, extra: impl FnOnce(&mut Roots<'_>)) -> Collection {
        if self.collecting.replace(true) {
            return Collection::default();
        }
        let mut guard = InProgress {
            heap: self,
            finished: false,
        };
        let mut roots = Roots::new(self);
        self.mark_internal_roots();
        if let Some(source) = self.roots.get() {
            // SAFETY: `set_root_source` made the caller vouch for this call.
            unsafe { (source.func)(source.ctx, &mut roots) };
        }
        extra(&mut roots);
        let overflow_rescans = self.finish_overflowed_marking();
        let finalised = self.run_finalisers();
        let (freed_blocks, freed_allocations) = self.sweep();
        self.used_blocks
            .set(self.used_blocks.get().saturating_sub(freed_blocks));
        self.allocated_since_collect.set(0);
        self.collections.set(self.collections.get().wrapping_add(1));
        guard.finished = true;
        drop(guard);
        Collection {
            freed_blocks,
            freed_allocations,
            finalised,
            overflow_rescans,
        }
    }
}
