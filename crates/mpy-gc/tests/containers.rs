//! Heap-resident containers through the `allocator-api2` handles.

mod common;

use std::hash::{BuildHasher, Hasher};

use allocator_api2::alloc::{Allocator, Layout};
use allocator_api2::vec::Vec as HeapVec;
use common::TestHeap;
use hashbrown::{HashMap, HashTable};
use mpy_gc::{BYTES_PER_BLOCK, Heap};

/// FNV-1a, so the maps need no hasher feature of hashbrown.
#[derive(Clone, Copy, Default)]
struct Fnv;

struct FnvHasher(u64);

impl Hasher for FnvHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x100_0000_01b3);
        }
    }
}

impl BuildHasher for Fnv {
    type Hasher = FnvHasher;
    fn build_hasher(&self) -> FnvHasher {
        FnvHasher(0xcbf2_9ce4_8422_2325)
    }
}

fn hash(x: &u64) -> u64 {
    Fnv.hash_one(x)
}

#[test]
fn vec_in_manual_memory_grows_shrinks_and_frees() {
    let t = TestHeap::new(256 << 10);
    let heap = &t.heap;
    let mut v: HeapVec<u64, _> = HeapVec::new_in(heap.manual());
    for i in 0..5000u64 {
        v.push(i * 3);
    }
    assert!(heap.stats().manual_blocks * BYTES_PER_BLOCK >= 5000 * 8);
    // Manual memory survives collections with no roots at all.
    heap.collect();
    assert!(v.iter().enumerate().all(|(i, &x)| x == i as u64 * 3));
    v.truncate(10);
    v.shrink_to_fit();
    assert_eq!(v.iter().sum::<u64>(), 3 * 45);
    assert!(heap.stats().used_blocks <= 10 * 8 / BYTES_PER_BLOCK + 1);
    drop(v);
    assert_eq!(heap.stats().used_blocks, 0);
}

#[test]
fn exhaustion_is_an_error_not_an_abort() {
    let t = TestHeap::new(16 << 10);
    let mut v: HeapVec<u8, _> = HeapVec::new_in(t.heap.manual());
    assert!(v.try_reserve(1 << 20).is_err());
    let mut pushed = 0;
    while v.try_reserve(1).is_ok() {
        v.push(1);
        pushed += 1;
    }
    assert!(pushed > 4 << 10);
    t.heap.lock();
    let mut w: HeapVec<u8, _> = HeapVec::new_in(t.heap.manual());
    assert!(w.try_reserve(1).is_err(), "locked heap refuses");
    t.heap.unlock();
}

#[test]
fn hashbrown_table_and_map_in_the_heap() {
    let t = TestHeap::new(1 << 20);
    let heap = &t.heap;
    let mut table: HashTable<u64, _> = HashTable::new_in(heap.manual());
    for k in 0..10_000u64 {
        table.insert_unique(hash(&k), k, hash);
    }
    let mut map: HashMap<u64, u64, Fnv, _> = HashMap::with_hasher_in(Fnv, heap.manual());
    for k in 0..10_000u64 {
        map.insert(k, k * k);
    }
    heap.collect();
    for k in (0..10_000u64).step_by(7) {
        assert_eq!(table.find(hash(&k), |&x| x == k), Some(&k));
        assert_eq!(map.get(&k), Some(&(k * k)));
    }
    for k in 0..5_000u64 {
        table
            .find_entry(hash(&k), |&x| x == k)
            .ok()
            .unwrap()
            .remove();
        map.remove(&k);
    }
    table.shrink_to_fit(hash);
    map.shrink_to_fit();
    assert_eq!((table.len(), map.len()), (5_000, 5_000));
    drop(table);
    drop(map);
    assert_eq!(heap.stats().used_blocks, 0);
}

#[test]
fn manual_vec_of_pointers_keeps_managed_objects_alive() {
    let t = TestHeap::new(256 << 10);
    let heap = &t.heap;
    // Collect at every allocation, including those of the vector's own growth.
    heap.set_threshold(Some(0));
    let mut objects: HeapVec<usize, _> = HeapVec::new_in(heap.manual());
    for i in 0..2000 {
        // Growing the vector may collect; `p` must already be stored by then, since this
        // test does not scan the stack.
        objects.reserve(1);
        let p = heap.alloc(24, false).expect("room");
        common::set_word(p, 0, i);
        objects.push(p.as_ptr() as usize);
        // Unreferenced garbage, freed by the next collection.
        heap.alloc(40, false).expect("room");
    }
    assert!(heap.collections() >= 4000);
    heap.collect();
    for (i, &p) in objects.iter().enumerate() {
        let p = std::ptr::NonNull::new(p as *mut u8).unwrap();
        assert_eq!(common::word(p, 0), i);
    }
    let s = heap.stats();
    assert_eq!(s.allocations, 2000 + 1, "objects plus the vector's buffer");
    drop(objects);
    heap.collect();
    assert_eq!(heap.stats().used_blocks, 0);
}

#[test]
fn managed_vec_inside_a_rooted_object_lives_with_it() {
    let t = TestHeap::new(256 << 10);
    let heap: &Heap = &t.heap;
    // A "list object" whose storage is a managed vector; the object is a manual block here
    // so it is a root, and it reaches the vector's buffer through the pointer stored in it.
    // SAFETY: the vector lives in a rooted manual block for its whole use.
    let storage = unsafe { heap.managed() };
    let obj = heap.alloc_manual(std::mem::size_of::<HeapVec<u64, mpy_gc::Managed<'_>>>());
    let obj = obj
        .expect("room")
        .cast::<HeapVec<u64, mpy_gc::Managed<'_>>>();
    // SAFETY: a fresh, suitably aligned block; only accessed through `obj`.
    unsafe { obj.as_ptr().write(HeapVec::new_in(storage)) };
    for i in 0..3000u64 {
        // SAFETY: as above; no other reference to the vector exists.
        unsafe { (*obj.as_ptr()).push(i) };
        heap.alloc(100, false).expect("room"); // garbage that forces collections
    }
    heap.collect();
    // SAFETY: as above.
    let sum: u64 = unsafe { (*obj.as_ptr()).iter().sum() };
    assert_eq!(sum, 3000 * 2999 / 2);
    // Dropping the object's root status (freeing it) leaves the buffer unreachable.
    // SAFETY: the vector is not used again; its buffer is reclaimed by the collector.
    unsafe {
        assert!(heap.free(obj.cast()));
    }
    heap.collect();
    assert_eq!(heap.stats().used_blocks, 0);
}

#[test]
fn over_aligned_and_zero_sized_layouts() {
    let t = TestHeap::new(64 << 10);
    let a = t.heap.manual();
    for align in [1, 8, BYTES_PER_BLOCK, 64, 256, 4096] {
        let layout = Layout::from_size_align(100, align).unwrap();
        let p = a.allocate(layout).expect("room");
        assert_eq!(p.cast::<u8>().as_ptr() as usize % align, 0);
        assert!(p.len() >= 100);
        let grown = Layout::from_size_align(1000, align).unwrap();
        // SAFETY: `p` is live with `layout`.
        let q = unsafe { a.grow(p.cast(), layout, grown) }.expect("room");
        assert_eq!(q.cast::<u8>().as_ptr() as usize % align, 0);
        // SAFETY: `q` is live with `grown`.
        unsafe { a.deallocate(q.cast(), grown) };
        assert_eq!(t.heap.stats().used_blocks, 0, "align {align}");
    }
    let zst = Layout::from_size_align(0, 16).unwrap();
    let p = a.allocate(zst).unwrap();
    assert_eq!(p.len(), 0);
    assert_eq!(t.heap.stats().used_blocks, 0);
    // SAFETY: allocated above with `zst`.
    unsafe { a.deallocate(p.cast(), zst) };
}

#[test]
fn grow_zeroed_clears_slack_written_by_the_caller() {
    let t = TestHeap::new(64 << 10);
    let a = t.heap.manual();
    let small = Layout::from_size_align(8, 8).unwrap();
    let p = a.allocate(small).unwrap();
    // The block is larger than asked; scribble over all of it.
    // SAFETY: the returned slice is ours.
    unsafe { p.cast::<u8>().as_ptr().write_bytes(0xAB, p.len()) };
    let big = Layout::from_size_align(3 * BYTES_PER_BLOCK, 8).unwrap();
    // SAFETY: `p` is live with `small`.
    let q = unsafe { a.grow_zeroed(p.cast(), small, big) }.unwrap();
    // SAFETY: the returned slice is ours.
    let bytes = unsafe { std::slice::from_raw_parts(q.cast::<u8>().as_ptr(), q.len()) };
    assert!(bytes[..8].iter().all(|&b| b == 0xAB));
    assert!(bytes[8..].iter().all(|&b| b == 0));
}
