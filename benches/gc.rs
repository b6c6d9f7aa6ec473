//! `mpy-gc`: small-object allocation against the system allocator, `collect()` on heaps
//! with half of the blocks live, and big allocations past a fragmented low heap.

use std::alloc::{Layout, alloc_zeroed, dealloc};
use std::hint::black_box;
use std::ptr::NonNull;
use std::time::{Duration, Instant};

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use mpy::gc::{BYTES_PER_BLOCK, Heap, WORD_BYTES};

/// A heap over a buffer it owns, with automatic collection off so timings see no collections.
struct OwnedHeap {
    heap: Heap,
    _mem: Vec<u64>,
}

fn heap_of(bytes: usize) -> OwnedHeap {
    let mut mem = vec![0u64; bytes / 8];
    // SAFETY: the buffer lives as long as the heap (same struct, dropped after it).
    let heap = unsafe { Heap::new(mem.as_mut_ptr().cast(), bytes) }.expect("heap");
    heap.disable();
    OwnedHeap { heap, _mem: mem }
}

/// Times only the allocations: batches of allocations, each batch freed untimed.
fn time_batches(
    iters: u64,
    batch: usize,
    mut alloc: impl FnMut() -> NonNull<u8>,
    mut free: impl FnMut(NonNull<u8>),
) -> Duration {
    let mut ptrs = Vec::with_capacity(batch);
    let mut total = Duration::ZERO;
    let mut left = iters;
    while left > 0 {
        let n = left.min(batch as u64) as usize;
        let start = Instant::now();
        for _ in 0..n {
            ptrs.push(black_box(alloc()));
        }
        total += start.elapsed();
        ptrs.drain(..).for_each(&mut free);
        left -= n as u64;
    }
    total
}

fn small_allocations(c: &mut Criterion) {
    let mut group = c.benchmark_group("gc/alloc");
    for size in [16usize, 32, 64, 128] {
        group.bench_with_input(BenchmarkId::new("mpy-gc", size), &size, |b, &size| {
            let h = heap_of(8 << 20);
            let batch = h.heap.total_blocks() / size.div_ceil(BYTES_PER_BLOCK) / 2;
            b.iter_custom(|iters| {
                time_batches(
                    iters,
                    batch,
                    || h.heap.alloc(size, false).expect("heap sized for the batch"),
                    // SAFETY: each pointer is freed once, and not used after.
                    |p| assert!(unsafe { h.heap.free(p) }),
                )
            });
        });
        group.bench_with_input(BenchmarkId::new("system", size), &size, |b, &size| {
            // Zeroed, because the GC heap zeroes every allocation too.
            let layout = Layout::from_size_align(size, WORD_BYTES).expect("layout");
            b.iter_custom(|iters| {
                time_batches(
                    iters,
                    100_000,
                    // SAFETY: the layout has a non-zero size.
                    || NonNull::new(unsafe { alloc_zeroed(layout) }).expect("out of memory"),
                    // SAFETY: allocated above with the same layout.
                    |p| unsafe { dealloc(p.as_ptr(), layout) },
                )
            });
        });
    }
    group.finish();
}

/// Fills the free space with unreachable objects of 1 to 4 blocks.
fn fill_with_garbage(heap: &Heap) {
    let mut k = 0;
    loop {
        let blocks = 1 + k % 4;
        k += 1;
        if heap.alloc(blocks * BYTES_PER_BLOCK, false).is_none()
            && heap.alloc(BYTES_PER_BLOCK, false).is_none()
        {
            return;
        }
    }
}

/// Builds a linked list through every other allocation, so half of the heap is live (each
/// live object is followed by a dead one of the same size). Returns the head of the list.
fn half_live(heap: &Heap) -> usize {
    let mut head = 0usize;
    let mut k = 0;
    while let Some(p) = heap.alloc((1 + k / 2 % 4) * BYTES_PER_BLOCK, false) {
        if k % 2 == 0 {
            // SAFETY: a fresh allocation of at least one word.
            unsafe { p.as_ptr().cast::<usize>().write(head) };
            head = p.as_ptr() as usize;
        }
        k += 1;
    }
    head
}

fn collect(c: &mut Criterion) {
    let mut group = c.benchmark_group("gc/collect");
    group.sample_size(20);
    for mib in [1usize, 8] {
        group.bench_function(BenchmarkId::new("half-live", format!("{mib}MiB")), |b| {
            let h = heap_of(mib << 20);
            let head = half_live(&h.heap);
            let live = h.heap.collect_with(|roots| roots.push(head));
            let s = h.heap.stats();
            assert!(s.used_blocks.abs_diff(live.freed_blocks) * 100 < s.total_blocks);
            b.iter_custom(|iters| {
                let mut total = Duration::ZERO;
                for _ in 0..iters {
                    fill_with_garbage(&h.heap);
                    let start = Instant::now();
                    black_box(h.heap.collect_with(|roots| roots.push(head)));
                    total += start.elapsed();
                }
                total
            });
        });
    }
    group.finish();
}

/// Growing allocations (as a string built by `+=`) over a heap whose low part is fragmented
/// by small live blocks with one-block holes: each request must get past the fragmented part.
fn big_over_fragmented(c: &mut Criterion) {
    let mut group = c.benchmark_group("gc/big-over-fragmented");
    for mib in [2usize, 8] {
        group.bench_function(BenchmarkId::new("growing", format!("{mib}MiB")), |b| {
            let h = heap_of(mib << 20);
            // Small blocks over the first quarter, every other one freed again.
            let quarter = h.heap.total_blocks() / 4;
            let small: Vec<_> = (0..quarter)
                .map(|_| h.heap.alloc(BYTES_PER_BLOCK, false).expect("room"))
                .collect();
            for p in small.iter().step_by(2) {
                // SAFETY: each is freed once and not used again.
                unsafe { h.heap.free(*p) };
            }
            b.iter_custom(|iters| {
                let mut total = Duration::ZERO;
                for _ in 0..iters {
                    let start = Instant::now();
                    let mut grown = Vec::new();
                    for k in 1..64 {
                        grown.push(black_box(h.heap.alloc(k * 4 * BYTES_PER_BLOCK, false)));
                    }
                    total += start.elapsed();
                    for p in grown.into_iter().flatten() {
                        // SAFETY: as above.
                        unsafe { h.heap.free(p) };
                    }
                }
                total
            });
        });
    }
    group.finish();
}

criterion_group!(benches, small_allocations, collect, big_over_fragmented);
criterion_main!(benches);
