//! `allocator-api2` handles over the heap, so heap-resident containers (`Vec`, `hashbrown`
//! tables) can live in it.

use core::alloc::Layout;
use core::ptr::{self, NonNull};

use allocator_api2::alloc::{AllocError, Allocator};

use crate::BYTES_PER_BLOCK;
use crate::alloc::Kind;
use crate::heap::Heap;

/// Allocator handle for manual blocks: freed only by the container, scanned as roots.
///
/// This is the handle for Rust-side working memory (the VM's and the compiler's): values
/// stored in such containers keep Python objects alive.
#[derive(Clone, Copy, Debug)]
pub struct Manual<'h> {
    heap: &'h Heap,
}

/// Allocator handle for managed blocks: a collection frees them once unreachable.
///
/// Meant for the storage of containers inside Python objects, which lives exactly as long as
/// the object reaches it.
#[derive(Clone, Copy, Debug)]
pub struct Managed<'h> {
    heap: &'h Heap,
}

impl Heap {
    /// An allocator handle for manual blocks.
    pub fn manual(&self) -> Manual<'_> {
        Manual { heap: self }
    }

    /// An allocator handle for managed blocks.
    ///
    /// # Safety
    /// A container using the handle must stay reachable from the roots (directly or through
    /// other blocks) whenever a collection can run, which is at any allocation; otherwise its
    /// storage is freed under it.
    pub unsafe fn managed(&self) -> Managed<'_> {
        Managed { heap: self }
    }
}

/// A zero-size allocation: no memory, just a well-aligned non-null pointer.
fn empty(layout: Layout) -> NonNull<[u8]> {
    let p = ptr::without_provenance_mut::<u8>(layout.align());
    NonNull::slice_from_raw_parts(NonNull::new(p).unwrap_or(NonNull::dangling()), 0)
}

/// Whether a block start is aligned enough for `layout` by itself.
fn block_aligned(layout: Layout) -> bool {
    layout.align() <= BYTES_PER_BLOCK
}

fn allocate(heap: &Heap, kind: Kind, layout: Layout) -> Result<NonNull<[u8]>, AllocError> {
    if layout.size() == 0 {
        return Ok(empty(layout));
    }
    if block_aligned(layout) {
        let p = heap.alloc_kind(layout.size(), kind).ok_or(AllocError)?;
        let size = heap.info(p.as_ptr()).map_or(layout.size(), |i| i.size);
        return Ok(NonNull::slice_from_raw_parts(p, size));
    }
    // Over-aligned: allocate enough slack to place the start; `deallocate` finds the head
    // again from the interior pointer.
    let padded = layout
        .size()
        .checked_add(layout.align() - BYTES_PER_BLOCK)
        .ok_or(AllocError)?;
    let p = heap.alloc_kind(padded, kind).ok_or(AllocError)?;
    let info = heap.info(p.as_ptr()).ok_or(AllocError)?;
    let offset = p.as_ptr().align_offset(layout.align());
    let start = NonNull::new(p.as_ptr().wrapping_add(offset)).ok_or(AllocError)?;
    Ok(NonNull::slice_from_raw_parts(start, info.size - offset))
}

/// # Safety
/// `ptr` must come from `allocate` with `layout` on the same heap.
unsafe fn deallocate(heap: &Heap, ptr: NonNull<u8>, layout: Layout) {
    if layout.size() != 0 {
        // SAFETY: the caller gives up the allocation.
        unsafe { heap.free_containing(ptr) };
    }
}

/// # Safety
/// As for `Allocator::grow`/`shrink`: `ptr` is live with `old`, and `new` has the size the
/// trait method allows.
unsafe fn resize(
    heap: &Heap,
    kind: Kind,
    ptr: NonNull<u8>,
    old: Layout,
    new: Layout,
) -> Result<NonNull<[u8]>, AllocError> {
    if old.size() != 0 && block_aligned(old) && block_aligned(new) && new.size() != 0 {
        // SAFETY: `ptr` is a live head (block-aligned layouts start at the head); the caller
        // gives it up if it moves.
        let p = unsafe { heap.realloc(ptr, new.size()) }.ok_or(AllocError)?;
        let size = heap.info(p.as_ptr()).map_or(new.size(), |i| i.size);
        return Ok(NonNull::slice_from_raw_parts(p, size));
    }
    let fresh = allocate(heap, kind, new)?;
    // SAFETY: distinct live allocations; the copy fits both.
    unsafe {
        ptr::copy_nonoverlapping(
            ptr.as_ptr(),
            fresh.cast::<u8>().as_ptr(),
            old.size().min(new.size()),
        );
        deallocate(heap, ptr, old);
    }
    Ok(fresh)
}

/// # Safety
/// As for `resize`, with `new` at least as large as `old`.
unsafe fn grow_zeroed(
    heap: &Heap,
    kind: Kind,
    ptr: NonNull<u8>,
    old: Layout,
    new: Layout,
) -> Result<NonNull<[u8]>, AllocError> {
    // SAFETY: forwarded.
    let block = unsafe { resize(heap, kind, ptr, old, new) }?;
    // The caller may have written past `old.size()` into the block's slack; the trait
    // promises zeros there.
    let p = block.cast::<u8>().as_ptr();
    // SAFETY: inside the returned block.
    unsafe { ptr::write_bytes(p.add(old.size()), 0, block.len() - old.size()) };
    Ok(block)
}

macro_rules! allocator_for {
    ($handle:ident, $manual:expr) => {
        // SAFETY: blocks stay valid until deallocated (manual ones by construction, managed
        // ones by the contract of `Heap::managed`), copies of a handle use the same heap, and
        // the heap cannot move while a handle borrows it.
        unsafe impl Allocator for $handle<'_> {
            fn allocate(&self, layout: Layout) -> Result<NonNull<[u8]>, AllocError> {
                allocate(self.heap, Self::KIND, layout)
            }

            fn allocate_zeroed(&self, layout: Layout) -> Result<NonNull<[u8]>, AllocError> {
                // Heap blocks are always handed out zeroed.
                allocate(self.heap, Self::KIND, layout)
            }

            unsafe fn deallocate(&self, ptr: NonNull<u8>, layout: Layout) {
                // SAFETY: forwarded from the trait's contract.
                unsafe { deallocate(self.heap, ptr, layout) }
            }

            unsafe fn grow(
                &self,
                ptr: NonNull<u8>,
                old: Layout,
                new: Layout,
            ) -> Result<NonNull<[u8]>, AllocError> {
                // SAFETY: forwarded from the trait's contract.
                unsafe { resize(self.heap, Self::KIND, ptr, old, new) }
            }

            unsafe fn grow_zeroed(
                &self,
                ptr: NonNull<u8>,
                old: Layout,
                new: Layout,
            ) -> Result<NonNull<[u8]>, AllocError> {
                // SAFETY: forwarded from the trait's contract.
                unsafe { grow_zeroed(self.heap, Self::KIND, ptr, old, new) }
            }

            unsafe fn shrink(
                &self,
                ptr: NonNull<u8>,
                old: Layout,
                new: Layout,
            ) -> Result<NonNull<[u8]>, AllocError> {
                // SAFETY: forwarded from the trait's contract.
                unsafe { resize(self.heap, Self::KIND, ptr, old, new) }
            }
        }

        impl $handle<'_> {
            const KIND: Kind = Kind {
                manual: $manual,
                finaliser: false,
            };

            /// The heap this handle allocates from.
            pub fn heap(&self) -> &Heap {
                self.heap
            }
        }
    };
}

allocator_for!(Manual, true);
allocator_for!(Managed, false);
