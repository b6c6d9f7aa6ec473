//! The heap's rules one at a time: allocation and freeing, realloc, lock, automatic collection
//! switches, finalisers, robustness of collections, stack scanning.

mod common;

use std::cell::Cell;
use std::hint::black_box;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::ptr::NonNull;

use common::{TestHeap, set_word, word};
use mpy_gc::{
    BYTES_PER_BLOCK, Finaliser, Heap, HeapConfig, Registers, RootSource, Roots, WORD_BYTES,
    stack_pointer,
};

fn blocks(t: &TestHeap, p: NonNull<u8>) -> usize {
    t.heap.info(p.as_ptr()).expect("live").size / BYTES_PER_BLOCK
}

#[test]
fn region_too_small_or_unaligned() {
    let mut mem = vec![0u64; 1024];
    let base = mem.as_mut_ptr().cast::<u8>();
    // SAFETY: all regions lie inside `mem`, which outlives the heaps.
    unsafe {
        assert!(Heap::new(base, 0).is_none());
        assert!(
            Heap::new(base, 64 * WORD_BYTES).is_none(),
            "mark stack only"
        );
        let tiny = Heap::with_config(base, 3 * BYTES_PER_BLOCK, HeapConfig { mark_stack_len: 0 })
            .expect("one block fits");
        assert!(tiny.total_blocks() >= 1);
        assert!(Heap::new(base.add(usize::MAX / 2), usize::MAX / 2 + 100).is_none());

        let odd = Heap::new(base.add(3), 8000).expect("unaligned start is fine");
        for n in [1, 17, 100] {
            let p = odd.alloc(n, false).unwrap();
            assert_eq!(p.as_ptr() as usize % BYTES_PER_BLOCK, 0);
            assert!(p.as_ptr() as usize >= base as usize + 3);
            assert!(p.as_ptr() as usize + n <= base as usize + 3 + 8000);
        }
    }
}

#[test]
fn sizes_round_to_blocks_and_memory_is_zeroed() {
    let t = TestHeap::new(64 << 10);
    let p = t.heap.alloc(0, false).unwrap();
    assert_eq!(blocks(&t, p), 1, "zero bytes still take a block");
    let q = t.heap.alloc(BYTES_PER_BLOCK + 1, false).unwrap();
    assert_eq!(blocks(&t, q), 2);
    for i in 0..2 * BYTES_PER_BLOCK / WORD_BYTES {
        set_word(q, i, usize::MAX);
    }
    // SAFETY: `q` is not used after.
    assert!(unsafe { t.heap.free(q) });
    let r = t.heap.alloc(2 * BYTES_PER_BLOCK, false).unwrap();
    assert_eq!(r, q, "first fit reuses the hole");
    assert!((0..2 * BYTES_PER_BLOCK / WORD_BYTES).all(|i| word(r, i) == 0));
}

#[test]
fn oversized_requests_fail_without_collecting() {
    let t = TestHeap::new(64 << 10);
    assert!(t.heap.alloc(usize::MAX, false).is_none());
    assert!(t.heap.alloc(t.heap.pool_bytes() + 1, false).is_none());
    assert_eq!(t.heap.collections(), 0);
    let all = t
        .heap
        .alloc(t.heap.pool_bytes(), false)
        .expect("the whole pool");
    assert_eq!(t.heap.stats().free_blocks, 0);
    assert_eq!(t.heap.stats().max_free_run, 0);
    // SAFETY: not used after.
    assert!(unsafe { t.heap.free(all) });
}

#[test]
fn free_rejects_what_is_not_a_live_head() {
    let t = TestHeap::new(64 << 10);
    let p = t.heap.alloc(3 * BYTES_PER_BLOCK, false).unwrap();
    let outside = NonNull::new(8 as *mut u8).unwrap();
    let interior = NonNull::new(p.as_ptr().wrapping_add(BYTES_PER_BLOCK)).unwrap();
    let unaligned = NonNull::new(p.as_ptr().wrapping_add(1)).unwrap();
    let free_block = NonNull::new(p.as_ptr().wrapping_add(5 * BYTES_PER_BLOCK)).unwrap();
    // SAFETY: none of these is a live head, so nothing is freed.
    unsafe {
        assert!(!t.heap.free(outside));
        assert!(!t.heap.free(interior));
        assert!(!t.heap.free(unaligned));
        assert!(!t.heap.free(free_block));
        assert!(t.heap.realloc(interior, 10).is_none());
        assert!(t.heap.free(p));
        assert!(!t.heap.free(p), "double free is refused");
    }
    assert_eq!(t.heap.stats().used_blocks, 0);
}

#[test]
fn info_finds_the_allocation_from_any_interior_pointer() {
    let t = TestHeap::new(64 << 10);
    let p = t.heap.alloc_manual(3 * BYTES_PER_BLOCK).unwrap();
    for off in [0, 1, BYTES_PER_BLOCK, 3 * BYTES_PER_BLOCK - 1] {
        let i = t.heap.info(p.as_ptr().wrapping_add(off)).unwrap();
        assert_eq!(
            (i.start, i.size, i.manual, i.finaliser),
            (p, 3 * BYTES_PER_BLOCK, true, false)
        );
    }
    assert!(
        t.heap
            .info(p.as_ptr().wrapping_add(3 * BYTES_PER_BLOCK))
            .is_none()
    );
}

#[test]
fn realloc_in_place_and_by_moving() {
    let t = TestHeap::new(64 << 10);
    let heap = &t.heap;
    // Unrooted objects are held in locals here; no automatic collection (`gc-stress`).
    heap.disable();
    let a = heap.alloc(BYTES_PER_BLOCK, true).unwrap();
    set_word(a, 0, 42);
    // SAFETY: the result replaces `a` every time.
    unsafe {
        let a2 = heap.realloc(a, 3 * BYTES_PER_BLOCK).unwrap();
        assert_eq!(a2, a, "free blocks follow, so it grows in place");
        assert_eq!(blocks(&t, a), 3);
        let wall = heap.alloc(1, false).unwrap();
        let a3 = heap.realloc(a, 2 * BYTES_PER_BLOCK).unwrap();
        assert_eq!(a3, a, "shrinks in place");
        set_word(a, 2 * BYTES_PER_BLOCK / WORD_BYTES - 1, 7);
        let moved = heap.realloc(a, 5 * BYTES_PER_BLOCK).unwrap();
        assert_ne!(moved, a, "blocked by `wall`");
        assert!(
            heap.info(a.as_ptr()).is_none_or(|i| i.start != a),
            "old block freed"
        );
        assert_eq!(word(moved, 0), 42);
        assert_eq!(word(moved, 2 * BYTES_PER_BLOCK / WORD_BYTES - 1), 7);
        let words = 5 * BYTES_PER_BLOCK / WORD_BYTES;
        assert!((2 * BYTES_PER_BLOCK / WORD_BYTES..words).all(|i| word(moved, i) == 0));
        assert!(
            heap.info(moved.as_ptr()).unwrap().finaliser,
            "flag moves along"
        );
        assert!(heap.realloc(moved, usize::MAX).is_none());
        assert_eq!(word(moved, 0), 42, "failed realloc leaves the block");

        heap.lock();
        assert!(
            heap.realloc(moved, 10 * BYTES_PER_BLOCK).is_none(),
            "no growth while locked"
        );
        assert_eq!(
            heap.realloc(moved, 1),
            Some(moved),
            "shrinking is allowed while locked"
        );
        heap.unlock();
        let _ = wall;
    }
}

#[test]
fn realloc_keeps_an_unrooted_block_through_the_collection_it_triggers() {
    let t = TestHeap::new(16 << 10);
    let heap = &t.heap;
    heap.disable();
    let a = heap.alloc(BYTES_PER_BLOCK, false).unwrap();
    set_word(a, 0, 1234);
    let child = heap.alloc(BYTES_PER_BLOCK, false).unwrap();
    set_word(child, 0, 5678);
    set_word(a, 1, child.as_ptr() as usize);
    // Fill the rest with garbage, so the move needs a collection.
    while heap.alloc(BYTES_PER_BLOCK, false).is_some() {}
    heap.enable();
    let before = heap.collections();
    // SAFETY: `a` is replaced by the result.
    let b = unsafe { heap.realloc(a, 4 * BYTES_PER_BLOCK) }.expect("room after collecting");
    assert_eq!(heap.collections(), before + 1);
    assert_eq!(word(b, 0), 1234);
    assert_eq!(
        word(child, 0),
        5678,
        "what the moved block reaches survives too"
    );
    assert!(heap.info(child.as_ptr()).is_some());
}

#[test]
#[cfg_attr(feature = "gc-stress", ignore = "counts collections")]
fn lock_nests_and_refuses_without_collecting() {
    let t = TestHeap::new(16 << 10);
    let heap = &t.heap;
    heap.lock();
    heap.lock();
    assert!(heap.is_locked());
    assert!(heap.alloc(1, false).is_none());
    assert!(heap.alloc_manual(1).is_none());
    assert_eq!(heap.unlock(), 1);
    assert!(heap.alloc(1, false).is_none());
    assert_eq!(heap.unlock(), 0);
    assert_eq!(heap.unlock(), 0, "unbalanced unlock saturates");
    assert!(heap.alloc(1, false).is_some());
    assert_eq!(heap.collections(), 0);
}

#[test]
#[cfg_attr(feature = "gc-stress", ignore = "counts collections")]
fn exhaustion_collects_once_unless_disabled() {
    let t = TestHeap::new(16 << 10);
    let heap = &t.heap;
    assert!(heap.is_enabled());
    heap.disable();
    assert!(!heap.is_enabled());
    // Garbage everywhere, but no automatic collection.
    while heap.alloc(BYTES_PER_BLOCK, false).is_some() {}
    assert_eq!(heap.stats().free_blocks, 0);
    assert_eq!(heap.collections(), 0);
    heap.enable();
    assert!(heap.alloc(1, false).is_some(), "collects and retries");
    assert_eq!(heap.collections(), 1);
    // Manual blocks cannot be collected: the failing allocation collects once, then fails.
    while heap.alloc_manual(BYTES_PER_BLOCK).is_some() {}
    let before = heap.collections();
    assert!(heap.alloc_manual(1).is_none());
    assert_eq!(heap.collections(), before + 1);
    assert_eq!(heap.stats().free_blocks, 0);
}

#[test]
#[cfg_attr(feature = "gc-stress", ignore = "counts collections")]
fn threshold_triggers_collections() {
    let t = TestHeap::new(64 << 10);
    let heap = &t.heap;
    assert_eq!(heap.threshold(), None);
    heap.set_threshold(Some(100));
    assert_eq!(
        heap.threshold(),
        Some(100 / BYTES_PER_BLOCK * BYTES_PER_BLOCK)
    );
    let per = 100 / BYTES_PER_BLOCK;
    for _ in 0..per {
        heap.alloc(1, false).unwrap();
    }
    assert_eq!(heap.collections(), 0);
    heap.alloc(1, false).unwrap();
    assert_eq!(
        heap.collections(),
        1,
        "threshold reached before this allocation"
    );
    heap.disable();
    for _ in 0..3 * per {
        heap.alloc(1, false).unwrap();
    }
    assert_eq!(heap.collections(), 1, "disabled");
    heap.enable();
    heap.set_threshold(None);
    for _ in 0..3 * per {
        heap.alloc(1, false).unwrap();
    }
    assert_eq!(heap.collections(), 1, "threshold off");
    heap.set_threshold(Some(0));
    heap.alloc(1, false).unwrap();
    heap.alloc(1, false).unwrap();
    assert_eq!(heap.collections(), 3, "zero collects every time");
}

struct FinaliserLog {
    heap: *const Heap,
    seen: Vec<(usize, usize)>,
    manual_to_free: Cell<Option<NonNull<u8>>>,
    alloc_refused: Cell<bool>,
}

unsafe fn finalise(ctx: *mut (), block: NonNull<u8>) {
    // SAFETY: `ctx` is the test's live `FinaliserLog`.
    let log = unsafe { &mut *(ctx as *mut FinaliserLog) };
    // SAFETY: the heap outlives the registration.
    let heap = unsafe { &*log.heap };
    // Word 1 points to another object; it must still be intact, even if it is garbage too.
    let other = word(block, 1);
    let other_tag = if other == 0 {
        0
    } else {
        word(NonNull::new(other as *mut u8).unwrap(), 0)
    };
    log.seen.push((word(block, 0), other_tag));
    log.alloc_refused.set(heap.alloc(1, false).is_none());
    if let Some(m) = log.manual_to_free.take() {
        // SAFETY: the test hands over this manual block to be freed here.
        assert!(unsafe { heap.free(m) });
    }
}

#[test]
fn finalisers_run_for_unreachable_flagged_blocks_only() {
    let t = TestHeap::new(64 << 10);
    let heap = &t.heap;
    // Unrooted objects are held in locals here; no automatic collection (`gc-stress`).
    heap.disable();
    let mut log = FinaliserLog {
        heap,
        seen: vec![],
        manual_to_free: Cell::new(None),
        alloc_refused: Cell::new(false),
    };
    // SAFETY: `log` outlives the registration (reset below).
    unsafe {
        heap.set_finaliser(Some(Finaliser {
            func: finalise,
            ctx: &mut log as *mut FinaliserLog as *mut (),
        }))
    };
    let tagged = |tag: usize, fin: bool| {
        let p = heap.alloc(2 * WORD_BYTES, fin).unwrap();
        set_word(p, 0, tag);
        p
    };
    let kept = tagged(1, true);
    let plain_garbage = tagged(2, false);
    let explicit = tagged(3, true);
    // Garbage at a lower address than the finalised garbage that reads it.
    let buddy = tagged(40, false);
    let dying = tagged(4, true);
    set_word(dying, 1, buddy.as_ptr() as usize);
    let manual = heap.alloc_manual(8).unwrap();
    log.manual_to_free.set(Some(manual));
    t.root(kept);
    // SAFETY: not used after.
    unsafe { assert!(heap.free(explicit)) };

    let c = heap.collect();
    assert_eq!(c.finalised, 1);
    assert_eq!(
        log.seen,
        vec![(4, 40)],
        "only `dying`, and it could read its buddy"
    );
    assert!(
        log.alloc_refused.get(),
        "allocation fails inside a finaliser"
    );
    assert!(
        heap.info(manual.as_ptr()).is_none(),
        "finaliser freed a manual block"
    );
    assert!(heap.info(plain_garbage.as_ptr()).is_none());
    assert!(heap.info(kept.as_ptr()).is_some());
    assert_eq!(c.freed_allocations, 3);

    t.roots.borrow_mut().clear();
    heap.collect();
    assert_eq!(log.seen, vec![(4, 40), (1, 0)]);
    heap.collect();
    assert_eq!(log.seen.len(), 2, "each block is finalised once");
    // SAFETY: unregistering.
    unsafe { heap.set_finaliser(None) };
}

#[test]
fn collect_inside_a_collection_is_a_no_op() {
    let t = TestHeap::new(64 << 10);
    unsafe fn nested(ctx: *mut (), _: &mut Roots<'_>) {
        // SAFETY: `ctx` is the live heap.
        let heap = unsafe { &*(ctx as *const Heap) };
        assert_eq!(heap.collect(), Default::default());
        assert!(heap.is_locked());
        assert!(heap.alloc(1, false).is_none());
    }
    // SAFETY: the heap outlives the registration.
    unsafe {
        t.heap.set_root_source(Some(RootSource {
            func: nested,
            ctx: &t.heap as *const Heap as *mut (),
        }))
    };
    t.heap.alloc(1, false).unwrap();
    assert_eq!(t.heap.collect().freed_blocks, 1);
    assert!(!t.heap.is_locked());
}

#[test]
fn a_panicking_root_source_leaves_the_heap_consistent() {
    let t = TestHeap::new(64 << 10);
    let heap = &t.heap;
    // Unrooted objects are held in locals here; no automatic collection (`gc-stress`).
    heap.disable();
    let a = heap.alloc(BYTES_PER_BLOCK, false).unwrap();
    let b = heap.alloc(BYTES_PER_BLOCK, false).unwrap();
    set_word(a, 0, b.as_ptr() as usize);
    let result = catch_unwind(AssertUnwindSafe(|| {
        heap.collect_with(|roots| {
            roots.push(a.as_ptr() as usize);
            panic!("root source failed");
        })
    }));
    assert!(result.is_err());
    assert!(!heap.is_locked());
    assert_eq!(
        heap.stats().used_blocks,
        2,
        "nothing freed by the aborted collection"
    );
    // Blocks marked by the aborted collection must not count as marked now.
    let c = heap.collect();
    assert_eq!(c.freed_allocations, 2);
}

#[test]
fn manual_blocks_are_roots_and_never_swept() {
    let t = TestHeap::new(64 << 10);
    let heap = &t.heap;
    // Unrooted objects are held in locals here; no automatic collection (`gc-stress`).
    heap.disable();
    let m = heap.alloc_manual(4 * WORD_BYTES).unwrap();
    let child = heap.alloc(WORD_BYTES, false).unwrap();
    let grandchild = heap.alloc(WORD_BYTES, false).unwrap();
    set_word(m, 3, child.as_ptr() as usize + 3);
    set_word(child, 0, grandchild.as_ptr() as usize);
    let c = heap.collect();
    assert_eq!(c.freed_blocks, 0);
    set_word(m, 3, 0);
    let c = heap.collect();
    assert_eq!(c.freed_allocations, 2);
    assert!(heap.info(m.as_ptr()).is_some());
    assert_eq!(heap.stats().manual_blocks, 1);
}

#[inline(never)]
fn allocate_and_collect_from_a_deeper_frame(heap: &Heap, stack_top: usize) -> usize {
    let p = black_box(heap.alloc(BYTES_PER_BLOCK, false).unwrap());
    set_word(p, 0, 99);
    let garbage = heap.alloc(BYTES_PER_BLOCK, false).unwrap().as_ptr() as usize;
    // Hide the garbage's address from the stack scan.
    let hidden = black_box(!garbage);
    // SAFETY: `stack_top` is in an outer frame of this thread's stack.
    heap.collect_with(|roots| unsafe { roots.push_machine_stack(stack_top) });
    assert!(
        heap.info(p.as_ptr()).is_some(),
        "held in this frame: found by the stack scan"
    );
    assert_eq!(word(black_box(p), 0), 99);
    !hidden
}

#[test]
fn stack_scanning_finds_locals_of_deeper_frames() {
    let t = TestHeap::new(64 << 10);
    // The registered root source does not scan the stack; no automatic collection.
    t.heap.disable();
    let top = stack_pointer();
    assert!(top != 0);
    let garbage = allocate_and_collect_from_a_deeper_frame(&t.heap, top);
    assert!(garbage != 0);
    let regs = Registers::capture();
    #[cfg(target_arch = "x86_64")]
    assert_eq!(regs.as_words().len(), 6);
    #[cfg(target_arch = "arm")]
    assert_eq!(regs.as_words().len(), 8);
    black_box(regs);
}

#[test]
fn stats_and_map_agree_with_micropython_formats() {
    let t = TestHeap::new(64 << 10);
    let heap = &t.heap;
    // Unrooted objects are held in locals here; no automatic collection (`gc-stress`).
    heap.disable();
    heap.alloc(1, false).unwrap();
    heap.alloc(BYTES_PER_BLOCK + 1, false).unwrap();
    heap.alloc_manual(5 * BYTES_PER_BLOCK).unwrap();
    let s = heap.stats();
    assert_eq!((s.one_block, s.two_block, s.max_block), (1, 1, 5));
    assert_eq!(s.used_blocks, 8);
    assert_eq!(heap.mem_alloc(), 8 * BYTES_PER_BLOCK);
    assert_eq!(heap.mem_free(), heap.pool_bytes() - 8 * BYTES_PER_BLOCK);
    assert_eq!(s.max_free_run, s.free_blocks);
    let text = s.to_string();
    assert!(text.starts_with(&format!(
        "GC: total: {}, used: {}, free: {}\n No. of 1-blocks: 1, 2-blocks: 1, max blk sz: 5, max free sz: {}\n",
        s.total, s.used, s.free, s.max_free_run
    )));
    let mut map = String::new();
    heap.dump(&mut map).unwrap();
    let second = map.lines().nth(1).unwrap();
    assert!(second.starts_with("00000000: hh=h====."), "{second}");
}
