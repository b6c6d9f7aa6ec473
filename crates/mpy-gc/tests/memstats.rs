//! `mem_current` is kept incrementally; it must always equal what a full scan counts, and
//! `mem_peak`/`mem_total` must bound it.

use mpy_gc::Heap;
use quickcheck::{QuickCheck, TestResult};

fn prop(ops: Vec<(u8, u16)>) -> TestResult {
    let mut region = vec![0u64; 4096];
    // SAFETY: the region outlives the heap and is not otherwise touched.
    let heap = unsafe { Heap::new(region.as_mut_ptr().cast(), region.len() * 8) }.unwrap();
    heap.disable();
    let mut live: Vec<core::ptr::NonNull<u8>> = Vec::new();
    for (op, n) in ops {
        match op % 5 {
            0 | 1 => {
                if let Some(p) = heap.alloc(usize::from(n % 300) + 1, false) {
                    live.push(p);
                }
            }
            2 if !live.is_empty() => {
                let p = live.swap_remove(usize::from(n) % live.len());
                // SAFETY: a live allocation of this heap, forgotten afterwards.
                unsafe { heap.free(p) };
            }
            3 if !live.is_empty() => {
                let i = usize::from(n) % live.len();
                // SAFETY: a live allocation; replaced by the result.
                if let Some(p) = unsafe { heap.realloc(live[i], usize::from(n % 500) + 1) } {
                    live[i] = p;
                }
            }
            _ => {
                // Drop everything unreachable (nothing is a root), then forget our pointers.
                heap.collect();
                live.clear();
            }
        }
        let s = heap.stats();
        if heap.mem_current() != s.used
            || heap.mem_peak() < s.used
            || heap.mem_total() < s.used as u64
        {
            return TestResult::failed();
        }
    }
    TestResult::passed()
}

#[test]
fn incremental_usage_matches_a_full_scan() {
    QuickCheck::new()
        .tests(300)
        .quickcheck(prop as fn(Vec<(u8, u16)>) -> TestResult);
}
