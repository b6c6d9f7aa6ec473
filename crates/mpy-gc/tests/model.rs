//! State-machine properties: random operation sequences run against the heap and a simple
//! model of it, compared after every step.
//!
//! Roots are supplied explicitly and every word of every block is written by the test, so
//! marking is exact and the model can predict each collection precisely.

mod common;

use std::collections::{BTreeMap, HashSet};
use std::ptr::NonNull;
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

use common::{TestHeap, set_word, word};
use mpy_gc::{BYTES_PER_BLOCK, HeapConfig, WORDS_PER_BLOCK};
use quickcheck::{Arbitrary, Gen, QuickCheck};

/// How often the interesting paths ran, so the properties can show they were exercised.
#[derive(Default)]
struct Coverage {
    alloc_failures: AtomicUsize,
    moves: AtomicUsize,
    in_place_grows: AtomicUsize,
    auto_collections: AtomicUsize,
    rescans: AtomicUsize,
    freed: AtomicUsize,
    finalised: AtomicUsize,
    locked_refusals: AtomicUsize,
}

static COVERAGE: Coverage = Coverage {
    alloc_failures: AtomicUsize::new(0),
    moves: AtomicUsize::new(0),
    in_place_grows: AtomicUsize::new(0),
    auto_collections: AtomicUsize::new(0),
    rescans: AtomicUsize::new(0),
    freed: AtomicUsize::new(0),
    finalised: AtomicUsize::new(0),
    locked_refusals: AtomicUsize::new(0),
};

fn bump(counter: &AtomicUsize) {
    counter.fetch_add(1, Relaxed);
}

#[derive(Clone, Debug)]
enum Op {
    Alloc {
        size: usize,
        finaliser: bool,
        manual: bool,
    },
    Realloc {
        which: usize,
        size: usize,
    },
    Free {
        which: usize,
        interior: bool,
    },
    Root {
        which: usize,
        offset: usize,
    },
    Unroot {
        which: usize,
    },
    Link {
        from: usize,
        slot: usize,
        to: usize,
        offset: usize,
    },
    Store {
        from: usize,
        slot: usize,
        value: u32,
    },
    Collect,
    Lock,
    Unlock,
    Threshold(Option<usize>),
    Enable(bool),
}

fn size(g: &mut Gen) -> usize {
    match u8::arbitrary(g) % 10 {
        0..=5 => usize::from(u8::arbitrary(g) % 48),
        6..=8 => usize::from(u16::arbitrary(g) % 400),
        _ => usize::from(u16::arbitrary(g) % 6000),
    }
}

impl Arbitrary for Op {
    fn arbitrary(g: &mut Gen) -> Op {
        let idx = |g: &mut Gen| usize::from(u16::arbitrary(g));
        match u8::arbitrary(g) % 100 {
            0..=29 => Op::Alloc {
                size: size(g),
                finaliser: bool::arbitrary(g),
                manual: u8::arbitrary(g) % 5 == 0,
            },
            30..=37 => Op::Realloc {
                which: idx(g),
                size: size(g),
            },
            38..=45 => Op::Free {
                which: idx(g),
                interior: u8::arbitrary(g) % 6 == 0,
            },
            46..=55 => Op::Root {
                which: idx(g),
                offset: idx(g),
            },
            56..=61 => Op::Unroot { which: idx(g) },
            62..=79 => Op::Link {
                from: idx(g),
                slot: idx(g),
                to: idx(g),
                offset: idx(g),
            },
            80..=83 => Op::Store {
                from: idx(g),
                slot: idx(g),
                value: u32::arbitrary(g),
            },
            84..=90 => Op::Collect,
            91 => Op::Lock,
            92..=95 => Op::Unlock,
            96..=97 => {
                Op::Threshold(bool::arbitrary(g).then(|| usize::from(u16::arbitrary(g) % 2000)))
            }
            _ => Op::Enable(u8::arbitrary(g) % 4 != 0),
        }
    }
}

#[derive(Clone, Debug)]
struct Config {
    heap_bytes: usize,
    mark_stack_len: usize,
}

impl Arbitrary for Config {
    fn arbitrary(g: &mut Gen) -> Config {
        Config {
            heap_bytes: 1024 + usize::from(u16::arbitrary(g) % 16384),
            mark_stack_len: usize::from(u8::arbitrary(g) % 10),
        }
    }
}

#[derive(Clone, Debug)]
struct Obj {
    start: usize,
    blocks: usize,
    manual: bool,
    finaliser: bool,
    /// Non-zero words by index; every other word must read zero.
    words: BTreeMap<usize, usize>,
}

impl Obj {
    fn bytes(&self) -> usize {
        self.blocks * BYTES_PER_BLOCK
    }
    fn contains(&self, addr: usize) -> bool {
        (self.start..self.start + self.bytes()).contains(&addr)
    }
    fn ptr(&self) -> NonNull<u8> {
        NonNull::new(self.start as *mut u8).unwrap()
    }
}

fn blocks_for(n: usize) -> usize {
    n.div_ceil(BYTES_PER_BLOCK).max(1)
}

struct Model {
    t: TestHeap,
    objs: Vec<Obj>,
    locked: usize,
}

impl Model {
    fn owner(&self, addr: usize) -> Option<usize> {
        self.objs.iter().position(|o| o.contains(addr))
    }

    /// Applies a collection to the model; returns the removed objects.
    fn collect(&mut self, pinned: Option<usize>) -> Vec<Obj> {
        let mut reached = vec![false; self.objs.len()];
        let mut work: Vec<usize> = self
            .t
            .roots
            .borrow()
            .iter()
            .filter_map(|&r| self.owner(r))
            .collect();
        work.extend((0..self.objs.len()).filter(|&i| self.objs[i].manual));
        work.extend(pinned);
        while let Some(i) = work.pop() {
            if std::mem::replace(&mut reached[i], true) {
                continue;
            }
            for &v in self.objs[i].words.values() {
                if let Some(j) = self.owner(v) {
                    work.push(j);
                }
            }
        }
        let mut removed = vec![];
        let mut kept = vec![];
        for (o, r) in self.objs.drain(..).zip(reached) {
            if r { kept.push(o) } else { removed.push(o) }
        }
        self.objs = kept;
        removed
    }

    fn pick(&self, which: usize) -> Option<usize> {
        (!self.objs.is_empty()).then(|| which % self.objs.len())
    }

    fn finalisers_expected(&self, removed: &[Obj]) -> HashSet<usize> {
        removed
            .iter()
            .filter(|o| o.finaliser)
            .map(|o| o.start)
            .collect()
    }

    fn step(&mut self, op: &Op) {
        let heap = &self.t.heap;
        let before = heap.collections();
        let mut expect_final = HashSet::new();
        match *op {
            Op::Alloc {
                size,
                finaliser,
                manual,
            } => {
                let p = if manual {
                    heap.alloc_manual(size)
                } else {
                    heap.alloc(size, finaliser)
                };
                if heap.collections() != before {
                    bump(&COVERAGE.auto_collections);
                    let removed = self.collect(None);
                    expect_final = self.finalisers_expected(&removed);
                }
                let heap = &self.t.heap;
                let blocks = blocks_for(size);
                match p {
                    Some(p) => {
                        assert!(self.locked == 0, "allocated while locked");
                        let o = Obj {
                            start: p.as_ptr() as usize,
                            blocks,
                            manual,
                            finaliser: finaliser && !manual,
                            words: BTreeMap::new(),
                        };
                        assert_eq!(o.start % BYTES_PER_BLOCK, 0);
                        for other in &self.objs {
                            assert!(
                                o.start + o.bytes() <= other.start
                                    || other.start + other.bytes() <= o.start,
                                "overlapping allocations"
                            );
                        }
                        self.objs.push(o);
                    }
                    None => {
                        if self.locked == 0 {
                            bump(&COVERAGE.alloc_failures);
                            assert!(heap.stats().max_free_run < blocks, "spurious failure");
                        } else {
                            bump(&COVERAGE.locked_refusals);
                        }
                    }
                }
            }
            Op::Realloc { which, size } => {
                let Some(i) = self.pick(which) else { return };
                let old = self.objs[i].clone();
                // SAFETY: the model's objects are live allocations; a moved one is updated.
                let r = unsafe { heap.realloc(old.ptr(), size) };
                if heap.collections() != before {
                    bump(&COVERAGE.auto_collections);
                    let removed = self.collect(Some(i));
                    expect_final = self.finalisers_expected(&removed);
                }
                let heap = &self.t.heap;
                let i = self
                    .owner(old.start)
                    .expect("reallocated object was collected");
                let blocks = blocks_for(size);
                match r {
                    Some(p) => {
                        assert!(self.locked == 0 || blocks <= old.blocks);
                        let o = &mut self.objs[i];
                        o.start = p.as_ptr() as usize;
                        if p != old.ptr() {
                            assert!(blocks > old.blocks, "moved without growing");
                            bump(&COVERAGE.moves);
                        } else if blocks > old.blocks {
                            bump(&COVERAGE.in_place_grows);
                        }
                        o.blocks = blocks;
                        o.words.retain(|&k, _| k < blocks * WORDS_PER_BLOCK);
                    }
                    None => {
                        assert!(blocks > old.blocks, "shrink failed");
                        if self.locked == 0 {
                            assert!(heap.stats().max_free_run < blocks, "spurious failure");
                        }
                    }
                }
            }
            Op::Free { which, interior } => {
                let Some(i) = self.pick(which) else { return };
                let o = &self.objs[i];
                if interior {
                    let p = NonNull::new((o.start + 8) as *mut u8).unwrap();
                    // SAFETY: an interior pointer must be refused, freeing nothing.
                    assert!(!unsafe { heap.free(p) });
                } else {
                    // SAFETY: the model forgets the object.
                    assert!(unsafe { heap.free(o.ptr()) });
                    self.objs.remove(i);
                }
            }
            Op::Root { which, offset } => {
                let Some(i) = self.pick(which) else { return };
                let o = &self.objs[i];
                self.t.roots.borrow_mut().push(o.start + offset % o.bytes());
            }
            Op::Unroot { which } => {
                let mut roots = self.t.roots.borrow_mut();
                if !roots.is_empty() {
                    let n = roots.len();
                    roots.remove(which % n);
                }
            }
            Op::Link {
                from,
                slot,
                to,
                offset,
            } => {
                let (Some(f), Some(t)) = (self.pick(from), self.pick(to)) else {
                    return;
                };
                let target = self.objs[t].start + offset % self.objs[t].bytes();
                let o = &mut self.objs[f];
                let slot = slot % (o.blocks * WORDS_PER_BLOCK);
                set_word(o.ptr(), slot, target);
                o.words.insert(slot, target);
            }
            Op::Store { from, slot, value } => {
                let Some(f) = self.pick(from) else { return };
                let o = &mut self.objs[f];
                let slot = slot % (o.blocks * WORDS_PER_BLOCK);
                // Small values are never pool addresses, so they must not keep anything alive.
                let value = value as usize;
                set_word(o.ptr(), slot, value);
                if value == 0 {
                    o.words.remove(&slot);
                } else {
                    o.words.insert(slot, value);
                }
            }
            Op::Collect => {
                let c = heap.collect();
                let removed = self.collect(None);
                expect_final = self.finalisers_expected(&removed);
                assert_eq!(c.freed_allocations, removed.len());
                assert_eq!(
                    c.freed_blocks,
                    removed.iter().map(|o| o.blocks).sum::<usize>()
                );
                assert_eq!(c.finalised, expect_final.len());
                COVERAGE.rescans.fetch_add(c.overflow_rescans, Relaxed);
                COVERAGE.freed.fetch_add(c.freed_allocations, Relaxed);
                COVERAGE.finalised.fetch_add(c.finalised, Relaxed);
            }
            Op::Lock => {
                heap.lock();
                self.locked += 1;
            }
            Op::Unlock => {
                self.locked = self.locked.saturating_sub(1);
                assert_eq!(heap.unlock(), self.locked);
            }
            Op::Threshold(t) => heap.set_threshold(t),
            Op::Enable(on) => {
                if on {
                    heap.enable()
                } else {
                    heap.disable()
                }
            }
        }
        let finalised: HashSet<usize> = self.t.finalised.borrow_mut().drain(..).collect();
        assert_eq!(finalised, expect_final, "finaliser calls");
        self.check();
    }

    /// The heap's allocations, contents and statistics agree with the model.
    fn check(&self) {
        let heap = &self.t.heap;
        let total = heap.total_blocks();
        let mut found = vec![];
        let mut b = 0;
        while b < total {
            let addr = self.t.block(b);
            match heap.info(addr as *const u8) {
                Some(info) => {
                    assert_eq!(info.start.as_ptr() as usize, addr, "tail without head");
                    found.push((
                        addr,
                        info.size / BYTES_PER_BLOCK,
                        info.manual,
                        info.finaliser,
                    ));
                    b += info.size / BYTES_PER_BLOCK;
                }
                None => b += 1,
            }
        }
        let mut expected: Vec<_> = self
            .objs
            .iter()
            .map(|o| (o.start, o.blocks, o.manual, o.finaliser))
            .collect();
        expected.sort();
        assert_eq!(found, expected, "allocations");

        for o in &self.objs {
            for k in 0..o.blocks * WORDS_PER_BLOCK {
                let want = o.words.get(&k).copied().unwrap_or(0);
                assert_eq!(word(o.ptr(), k), want, "word {k} of block at {:x}", o.start);
            }
        }

        let s = heap.stats();
        let used: usize = self.objs.iter().map(|o| o.blocks).sum();
        assert_eq!(s.total_blocks, total);
        assert_eq!(s.used_blocks, used);
        assert_eq!(s.free_blocks, total - used);
        assert_eq!(s.used, used * BYTES_PER_BLOCK);
        assert_eq!(s.free + s.used, s.total);
        assert_eq!(s.allocations, self.objs.len());
        let count = |n| self.objs.iter().filter(|o| o.blocks == n).count();
        assert_eq!((s.one_block, s.two_block), (count(1), count(2)));
        let manual: usize = self
            .objs
            .iter()
            .filter(|o| o.manual)
            .map(|o| o.blocks)
            .sum();
        assert_eq!(s.manual_blocks, manual);
        assert_eq!(
            s.max_block,
            self.objs.iter().map(|o| o.blocks).max().unwrap_or(0)
        );
        let mut gap_start = 0;
        let mut max_gap = 0;
        for &(start, blocks, ..) in &expected {
            let first = (start - self.t.block(0)) / BYTES_PER_BLOCK;
            max_gap = max_gap.max(first - gap_start);
            gap_start = first + blocks;
        }
        max_gap = max_gap.max(total - gap_start);
        assert_eq!(s.max_free_run, max_gap);
    }
}

fn run(config: Config, ops: Vec<Op>) -> bool {
    let t = TestHeap::with_config(
        config.heap_bytes,
        HeapConfig {
            mark_stack_len: config.mark_stack_len,
        },
    );
    let mut m = Model {
        t,
        objs: vec![],
        locked: 0,
    };
    for op in &ops {
        m.step(op);
    }
    // With no roots and the manual blocks freed, a collection empties the heap.
    m.t.roots.borrow_mut().clear();
    while let Some(i) = m.objs.iter().position(|o| o.manual) {
        m.step(&Op::Free {
            which: i,
            interior: false,
        });
    }
    m.step(&Op::Collect);
    assert!(m.objs.is_empty());
    assert_eq!(m.t.heap.stats().used_blocks, 0);
    true
}

#[test]
fn heap_agrees_with_model() {
    QuickCheck::new()
        .tests(300)
        .rng(Gen::new(400))
        .quickcheck(run as fn(Config, Vec<Op>) -> bool);
    let c = &COVERAGE;
    let counts = [
        ("alloc failures", &c.alloc_failures),
        ("moves", &c.moves),
        ("in-place grows", &c.in_place_grows),
        ("automatic collections", &c.auto_collections),
        ("overflow rescans", &c.rescans),
        ("freed allocations", &c.freed),
        ("finaliser calls", &c.finalised),
        ("refusals while locked", &c.locked_refusals),
    ];
    for (what, n) in counts {
        let n = n.load(Relaxed);
        eprintln!("{what}: {n}");
        assert!(n > 0, "no {what} in the whole run");
    }
}

#[test]
fn long_sequences_on_a_small_heap() {
    QuickCheck::new()
        .tests(40)
        .rng(Gen::new(3000))
        .quickcheck(run as fn(Config, Vec<Op>) -> bool);
}
