//! Large linked structures: exact block accounting after a collection, interior pointers, and
//! the mark-stack overflow fallback.
//!
//! Structures are built from locals that are not roots, so automatic collection is disabled
//! in every test (also under `gc-stress`); collections run explicitly.

mod common;

use std::ptr::NonNull;

use common::{TestHeap, set_word, word};
use mpy_gc::{BYTES_PER_BLOCK, HeapConfig, WORD_BYTES};

const NODES: usize = 100_000;

/// Builds a singly linked list of `n` one-block nodes (word 0: next, word 1: index), rooted
/// at the returned head, and returns all nodes in list order.
fn build_list(t: &TestHeap, n: usize) -> Vec<NonNull<u8>> {
    let mut nodes: Vec<NonNull<u8>> = Vec::with_capacity(n);
    for i in 0..n {
        let p = t
            .heap
            .alloc(2 * WORD_BYTES, false)
            .expect("heap sized for the list");
        set_word(p, 1, i);
        if let Some(&prev) = nodes.last() {
            set_word(prev, 0, p.as_ptr() as usize);
        }
        nodes.push(p);
    }
    nodes
}

#[test]
fn hundred_thousand_node_list_drop_half() {
    let t = TestHeap::new(NODES * BYTES_PER_BLOCK * 5 / 4);
    t.heap.disable();
    let nodes = build_list(&t, NODES);
    t.root(nodes[0]);
    let before = t.heap.stats();
    assert_eq!(before.used_blocks, NODES);
    assert_eq!(before.one_block, NODES);

    // Nothing is garbage yet.
    let c = t.heap.collect();
    assert_eq!(c.freed_blocks, 0);
    assert_eq!(t.heap.stats(), before);

    // Cut the list in the middle: the second half becomes unreachable.
    set_word(nodes[NODES / 2 - 1], 0, 0);
    let c = t.heap.collect();
    assert_eq!(c.freed_blocks, NODES / 2);
    assert_eq!(c.freed_allocations, NODES / 2);
    let after = t.heap.stats();
    assert_eq!(after.used_blocks, NODES / 2);
    assert_eq!(after.free_blocks, before.free_blocks + NODES / 2);
    assert_eq!(after.one_block, NODES / 2);
    for (i, &p) in nodes[..NODES / 2].iter().enumerate() {
        assert_eq!(word(p, 1), i, "survivor intact");
    }
    for &p in &nodes[NODES / 2..] {
        assert!(t.heap.info(p.as_ptr()).is_none(), "dropped node freed");
    }
    // The freed half is reusable: it fits the same number of nodes again.
    let again = build_list(&t, NODES / 2);
    assert_eq!(t.heap.stats().used_blocks, NODES);
    drop(again);
}

#[test]
fn binary_tree_of_three_block_nodes_with_interior_pointers() {
    // Node i has children 2i+1 and 2i+2; links point into the children's last block, so every
    // reach goes through the walk back from a tail to its head.
    let n = 100_000;
    let node_bytes = 3 * BYTES_PER_BLOCK;
    let t = TestHeap::new(n * node_bytes * 9 / 8);
    t.heap.disable();
    let nodes: Vec<NonNull<u8>> = (0..n)
        .map(|i| {
            let p = t
                .heap
                .alloc(node_bytes, false)
                .expect("heap sized for the tree");
            set_word(p, 2, i);
            p
        })
        .collect();
    let interior = |p: NonNull<u8>| p.as_ptr() as usize + 2 * BYTES_PER_BLOCK + 5;
    for i in 0..n {
        for (slot, child) in [(0, 2 * i + 1), (1, 2 * i + 2)] {
            if child < n {
                set_word(nodes[i], slot, interior(nodes[child]));
            }
        }
    }
    t.roots.borrow_mut().push(interior(nodes[0]));
    let c = t.heap.collect();
    assert_eq!(c.freed_blocks, 0);

    // Dropping the subtree under node 1 frees exactly its nodes.
    set_word(nodes[0], 0, 0);
    let mut subtree = 0;
    let mut stack = vec![1];
    while let Some(i) = stack.pop() {
        if i < n {
            subtree += 1;
            stack.extend([2 * i + 1, 2 * i + 2]);
        }
    }
    let c = t.heap.collect();
    assert_eq!(c.freed_allocations, subtree);
    assert_eq!(c.freed_blocks, 3 * subtree);
    assert_eq!(t.heap.stats().used_blocks, 3 * (n - subtree));
}

/// A tree with a fan-out of 12 and four levels below the root, allocated deepest level first
/// so every link points down in memory. With a 4-entry mark stack almost every scan overflows,
/// and a rescan pass in address order reaches the lower levels only on later passes.
#[test]
fn mark_stack_overflow_falls_back_to_rescans() {
    let fan = 12;
    let depth = 4;
    let node_bytes = fan * WORD_BYTES;
    let node_blocks = node_bytes.div_ceil(BYTES_PER_BLOCK);
    let t = TestHeap::with_config(4 << 20, HeapConfig { mark_stack_len: 4 });
    t.heap.disable();
    // levels[d] has fan^d nodes; allocate from the deepest level up.
    let mut levels: Vec<Vec<NonNull<u8>>> = vec![];
    for d in (0..=depth).rev() {
        let count = fan.pow(d as u32);
        levels.push(
            (0..count)
                .map(|_| t.heap.alloc(node_bytes, false).expect("room"))
                .collect(),
        );
        // Interleave garbage, which must still be freed.
        for _ in 0..count / 4 {
            t.heap.alloc(BYTES_PER_BLOCK, false).expect("room");
        }
    }
    levels.reverse();
    for d in 0..depth {
        for (i, &parent) in levels[d].iter().enumerate() {
            for k in 0..fan {
                set_word(parent, k, levels[d + 1][i * fan + k].as_ptr() as usize);
            }
        }
    }
    t.root(levels[0][0]);
    let nodes: usize = levels.iter().map(Vec::len).sum();
    let garbage = t.heap.stats().used_blocks - nodes * node_blocks;

    let c = t.heap.collect();
    assert!(c.overflow_rescans > 1, "rescans: {}", c.overflow_rescans);
    assert_eq!(c.freed_blocks, garbage);
    assert_eq!(t.heap.stats().used_blocks, nodes * node_blocks);

    // Dropping one subtree below the root frees exactly its nodes.
    set_word(levels[0][0], 0, 0);
    let subtree: usize = (0..depth).map(|d| fan.pow(d as u32)).sum();
    let c = t.heap.collect();
    assert_eq!(c.freed_allocations, subtree);
    assert_eq!(t.heap.stats().used_blocks, (nodes - subtree) * node_blocks);
    for level in &levels[1..] {
        for (i, &p) in level.iter().enumerate() {
            let in_dropped = i < level.len() / fan;
            assert_eq!(t.heap.info(p.as_ptr()).is_none(), in_dropped);
        }
    }
}

#[test]
fn zero_length_mark_stack_still_marks_everything() {
    let t = TestHeap::with_config(64 << 10, HeapConfig { mark_stack_len: 0 });
    t.heap.disable();
    let nodes = build_list(&t, 300);
    let garbage = build_list(&t, 100);
    t.root(nodes[0]);
    let c = t.heap.collect();
    assert!(c.overflow_rescans > 0);
    assert_eq!(c.freed_blocks, garbage.len());
    assert_eq!(t.heap.stats().used_blocks, nodes.len());
}

#[test]
fn deep_list_needs_no_rescan_with_the_default_stack() {
    let t = TestHeap::new(1 << 20);
    t.heap.disable();
    let nodes = build_list(&t, 10_000);
    t.root(nodes[0]);
    let c = t.heap.collect();
    assert_eq!(c.overflow_rescans, 0);
    assert_eq!(c.freed_blocks, 0);
}
