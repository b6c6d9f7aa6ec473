//! A MicroPython-style garbage-collected heap over a fixed memory region.
//!
//! The caller hands [`Heap`] a raw region; the heap carves its bookkeeping (allocation table,
//! finaliser table, manual table, mark stack) from the front of that region and divides the rest
//! into blocks of [`BYTES_PER_BLOCK`] bytes. The crate never allocates memory of its own and
//! knows nothing about Python objects: roots come from the owner, either pushed into a
//! collection directly or supplied by a registered [`RootSource`].
//!
//! Two kinds of allocation share the heap:
//!
//! * **managed** blocks ([`Heap::alloc`]) are freed by a collection once nothing reaches them;
//! * **manual** blocks ([`Heap::alloc_manual`], the [`Manual`] allocator handle) are only freed
//!   explicitly, and their contents are scanned as roots, so Rust-side working memory of the VM
//!   can hold Python values.
//!
//! Marking is conservative: every word of a root range and of every reached allocation is a
//! candidate pointer, and a pointer anywhere inside an allocation keeps the whole allocation
//! alive (optimised Rust may hold only a derived pointer while it works on an object).
//!
//! ```
//! use mpy_gc::{Heap, WORD_BYTES};
//!
//! let mut region = vec![0u64; 4096];
//! // SAFETY: the region outlives the heap and is used by nothing else.
//! let heap = unsafe { Heap::new(region.as_mut_ptr().cast(), 4096 * 8) }.unwrap();
//! // No root source scans this function's locals, so no automatic collections here.
//! heap.disable();
//! let list = heap.alloc(2 * WORD_BYTES, false).unwrap();
//! let item = heap.alloc(100, false).unwrap();
//! // SAFETY: `list` is a fresh allocation of two words.
//! unsafe { list.as_ptr().cast::<usize>().write(item.as_ptr() as usize) };
//! let _garbage = heap.alloc(100, false).unwrap();
//!
//! // Only `list` is a root; it reaches `item`, nothing reaches the garbage.
//! let freed = heap.collect_with(|roots| roots.push(list.as_ptr() as usize));
//! assert_eq!(freed.freed_allocations, 1);
//! assert!(heap.info(item.as_ptr()).is_some());
//! print!("{}", heap.stats()); // GC: total: …, used: …, free: …
//! ```
//!
//! # Features
//!
//! `gc-stress` makes every allocation collect first (when automatic collection is enabled
//! and the heap is not locked), so a value the owner forgot to root is freed at once instead
//! of by rare chance.
//!
//! # Threads and aliasing
//!
//! A heap is single-threaded (`!Send`, `!Sync`); every operation takes `&Heap` and keeps its
//! state in `Cell`s. Memory is handed out as raw pointers only. Any allocation may start a
//! collection, which reads every reached block through raw pointers, so the owner should not
//! hold a `&mut` reference into a heap block across a call that may allocate. Scanning the
//! machine stack ([`Roots::push_machine_stack`]) reads every word of it, initialised or not,
//! as conservative collectors do.

#![no_std]
#![warn(missing_docs)]

mod alloc;
mod alloc_api;
mod collect;
mod dump;
mod heap;
mod mark;
mod stack;
mod stats;
mod sweep;
mod tables;

pub use alloc::AllocInfo;
pub use alloc_api::{Managed, Manual};
pub use collect::{Collection, Finaliser, RootSource};
pub use heap::{Heap, HeapConfig};
pub use mark::Roots;
pub use stack::{Registers, stack_pointer};
pub use stats::Stats;

/// Bytes in a machine word, the unit a conservative scan reads.
pub const WORD_BYTES: usize = core::mem::size_of::<usize>();

/// Words per block: four, as in MicroPython, so a small object fits in one block.
pub const WORDS_PER_BLOCK: usize = 4;

/// Bytes per block: 16 on 32-bit targets, 32 on 64-bit ones.
pub const BYTES_PER_BLOCK: usize = WORD_BYTES * WORDS_PER_BLOCK;
