//! A heap over a buffer owned by the test, with roots and finaliser calls recorded in
//! `RefCell`s, so tests supply roots explicitly and never scan the real stack.

#![allow(dead_code)] // each test binary uses a different part

use std::cell::RefCell;
use std::ptr::NonNull;

use mpy_gc::{BYTES_PER_BLOCK, Finaliser, Heap, HeapConfig, RootSource, Roots, WORD_BYTES};

pub struct TestHeap {
    pub heap: Heap,
    /// Words pushed as roots by every collection (explicit or automatic).
    pub roots: Box<RefCell<Vec<usize>>>,
    /// Blocks the finaliser was called for, in call order.
    pub finalised: Box<RefCell<Vec<usize>>>,
    _mem: Vec<u64>,
}

unsafe fn push_roots(ctx: *mut (), roots: &mut Roots<'_>) {
    // SAFETY: `ctx` is the `roots` cell of a live `TestHeap` (registered in `new`).
    let set = unsafe { &*(ctx as *const RefCell<Vec<usize>>) };
    roots.push_words(&set.borrow());
}

unsafe fn record_finaliser(ctx: *mut (), block: NonNull<u8>) {
    // SAFETY: `ctx` is the `finalised` cell of a live `TestHeap` (registered in `new`).
    let log = unsafe { &*(ctx as *const RefCell<Vec<usize>>) };
    log.borrow_mut().push(block.as_ptr() as usize);
}

impl TestHeap {
    pub fn new(bytes: usize) -> TestHeap {
        Self::with_config(bytes, HeapConfig::default())
    }

    pub fn with_config(bytes: usize, config: HeapConfig) -> TestHeap {
        let mut mem = vec![0u64; bytes.div_ceil(8)];
        // SAFETY: the buffer is owned by the returned value and outlives the heap (fields drop
        // in order); a Vec's buffer does not move when the Vec does.
        let heap = unsafe { Heap::with_config(mem.as_mut_ptr().cast(), bytes, config) }
            .expect("region too small");
        let roots = Box::new(RefCell::new(Vec::new()));
        let finalised = Box::new(RefCell::new(Vec::new()));
        // SAFETY: both cells are boxed in the returned value and outlive the heap.
        unsafe {
            heap.set_root_source(Some(RootSource {
                func: push_roots,
                ctx: &*roots as *const RefCell<Vec<usize>> as *mut (),
            }));
            heap.set_finaliser(Some(Finaliser {
                func: record_finaliser,
                ctx: &*finalised as *const RefCell<Vec<usize>> as *mut (),
            }));
        }
        TestHeap {
            heap,
            roots,
            finalised,
            _mem: mem,
        }
    }

    pub fn root(&self, p: NonNull<u8>) {
        self.roots.borrow_mut().push(p.as_ptr() as usize);
    }

    /// Address of block `b` of the pool.
    pub fn block(&self, b: usize) -> usize {
        self.heap.pool_start() as usize + b * BYTES_PER_BLOCK
    }
}

/// Writes word `i` of the allocation at `p`.
pub fn set_word(p: NonNull<u8>, i: usize, value: usize) {
    // SAFETY: tests only write inside allocations they own.
    unsafe { p.as_ptr().add(i * WORD_BYTES).cast::<usize>().write(value) }
}

/// Reads word `i` of the allocation at `p`.
pub fn word(p: NonNull<u8>, i: usize) -> usize {
    // SAFETY: tests only read inside allocations they own.
    unsafe { p.as_ptr().add(i * WORD_BYTES).cast::<usize>().read() }
}
