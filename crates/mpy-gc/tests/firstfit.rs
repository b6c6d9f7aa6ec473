//! Placement stays exactly first fit, whatever hints the allocator keeps to search faster:
//! random allocations, frees, reallocations and collections are checked against a plain
//! block-occupancy model searched from the bottom every time.

mod common;

use common::TestHeap;
use mpy_gc::BYTES_PER_BLOCK;
use quickcheck::{QuickCheck, TestResult};
use std::ptr::NonNull;

const HEAP: usize = 64 * 1024;

/// One step: allocate `n` bytes, free/realloc a live allocation chosen by `pick`, or collect
/// with only the even-numbered allocations rooted.
#[derive(Clone, Debug)]
enum Op {
    Alloc(u16),
    Free(u16),
    Realloc(u16, u16),
    Collect,
}

impl quickcheck::Arbitrary for Op {
    fn arbitrary(g: &mut quickcheck::Gen) -> Op {
        // Mostly small requests with some large ones, so the heap fragments and big requests
        // have to search past it.
        let size = |g: &mut quickcheck::Gen| {
            if u8::arbitrary(g) % 8 == 0 {
                u16::arbitrary(g) % 4096
            } else {
                u16::arbitrary(g) % 96
            }
        };
        match u8::arbitrary(g) % 10 {
            0..=4 => Op::Alloc(size(g)),
            5..=6 => Op::Free(u16::arbitrary(g)),
            7..=8 => Op::Realloc(u16::arbitrary(g), size(g)),
            _ => Op::Collect,
        }
    }
}

struct Model {
    used: Vec<bool>,
}

impl Model {
    fn first_fit(&self, n: usize) -> Option<usize> {
        let mut run = 0;
        for (i, &u) in self.used.iter().enumerate() {
            run = if u { 0 } else { run + 1 };
            if run == n {
                return Some(i + 1 - n);
            }
        }
        None
    }

    fn set(&mut self, from: usize, n: usize, v: bool) {
        self.used[from..from + n].fill(v);
    }
}

fn blocks_for(n: usize) -> usize {
    n.div_ceil(BYTES_PER_BLOCK).max(1)
}

fn run(ops: Vec<Op>) -> TestResult {
    let t = TestHeap::new(HEAP);
    let heap = &t.heap;
    heap.disable();
    let base = heap.pool_start() as usize;
    let mut model = Model {
        used: vec![false; heap.pool_bytes() / BYTES_PER_BLOCK],
    };
    // Live allocations: (pointer, blocks).
    let mut live: Vec<(NonNull<u8>, usize)> = Vec::new();
    let index = |p: NonNull<u8>| (p.as_ptr() as usize - base) / BYTES_PER_BLOCK;
    for op in ops {
        match op {
            Op::Alloc(n) => {
                let b = blocks_for(n as usize);
                let want = model.first_fit(b);
                let got = heap.alloc(n as usize, false);
                if got.map(index) != want {
                    return TestResult::error(format!(
                        "alloc {b} blocks: {:?} vs {want:?}",
                        got.map(index)
                    ));
                }
                if let Some(p) = got {
                    model.set(index(p), b, true);
                    live.push((p, b));
                }
            }
            Op::Free(k) if !live.is_empty() => {
                let (p, b) = live.swap_remove(k as usize % live.len());
                // SAFETY: a live allocation of this test, not used again.
                assert!(unsafe { heap.free(p) });
                model.set(index(p), b, false);
            }
            Op::Realloc(k, n) if !live.is_empty() => {
                let i = k as usize % live.len();
                let (p, old) = live[i];
                let new = blocks_for(n as usize);
                let at = index(p);
                // The model: shrink in place, grow in place if the blocks after are free,
                // else move to the first fit found with the old blocks still taken.
                let want = if new <= old
                    || (at + new <= model.used.len()
                        && model.used[at + old..at + new].iter().all(|u| !u))
                {
                    Some(at)
                } else {
                    model.first_fit(new)
                };
                // SAFETY: a live allocation of this test; the old pointer is dropped if moved.
                let got = unsafe { heap.realloc(p, n as usize) };
                if got.map(index) != want {
                    return TestResult::error(format!(
                        "realloc {old}->{new} at {at}: {:?} vs {want:?}",
                        got.map(index)
                    ));
                }
                if let Some(q) = got {
                    model.set(at, old, false);
                    model.set(index(q), new, true);
                    live[i] = (q, new);
                }
            }
            Op::Collect => {
                // Root every other allocation; the rest are swept.
                let keep: Vec<(NonNull<u8>, usize)> = live.iter().copied().step_by(2).collect();
                *t.roots.borrow_mut() = keep.iter().map(|(p, _)| p.as_ptr() as usize).collect();
                heap.collect();
                for &(p, b) in &live {
                    if !keep.iter().any(|k| k.0 == p) {
                        model.set(index(p), b, false);
                    }
                }
                live = keep;
            }
            _ => {}
        }
    }
    TestResult::passed()
}

#[test]
fn placement_is_first_fit() {
    QuickCheck::new()
        .tests(300)
        .quickcheck(run as fn(Vec<Op>) -> TestResult);
}
