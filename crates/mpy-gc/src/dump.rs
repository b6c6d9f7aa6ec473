//! A text map of the heap, in the layout of `micropython.mem_info(1)`.

use core::fmt::{self, Write};
use core::ptr::NonNull;

use crate::BYTES_PER_BLOCK;
use crate::heap::Heap;
use crate::tables::State;

/// Blocks per line of the map, as MicroPython prints them.
const BLOCKS_PER_LINE: usize = 64;

impl Heap {
    /// Writes the heap map with every allocation's head shown as `h`.
    pub fn dump(&self, out: &mut dyn Write) -> fmt::Result {
        self.dump_with(out, &mut |_| 'h')
    }

    /// Writes the heap map: one character per block (`.` free, `=` tail, and for a head what
    /// `head_char` says, e.g. a letter for the object's type), 64 blocks a line, runs of two
    /// or more wholly free lines folded into one "(N lines all free)" line.
    pub fn dump_with(
        &self,
        out: &mut dyn Write,
        head_char: &mut dyn FnMut(NonNull<u8>) -> char,
    ) -> fmt::Result {
        let n = self.total_blocks();
        write!(out, "GC memory layout; from {:x}:", self.pool as usize)?;
        let mut b = 0;
        while b < n {
            if b % BLOCKS_PER_LINE == 0 {
                let mut end = b;
                while end < n && self.is_free_block(end) {
                    end += 1;
                }
                if end - b >= 2 * BLOCKS_PER_LINE {
                    write!(
                        out,
                        "\n       ({} lines all free)",
                        (end - b) / BLOCKS_PER_LINE
                    )?;
                    b = end & !(BLOCKS_PER_LINE - 1);
                    if b >= n {
                        break;
                    }
                }
                write!(out, "\n{:08x}: ", b * BYTES_PER_BLOCK)?;
            }
            let c = match self.tables.state(b) {
                State::Free => '.',
                State::Tail => '=',
                State::Head | State::Mark => match NonNull::new(self.block_ptr(b)) {
                    Some(p) => head_char(p),
                    None => 'h',
                },
            };
            out.write_char(c)?;
            b += 1;
        }
        out.write_char('\n')
    }
}

#[cfg(test)]
mod tests {
    extern crate std;
    use std::string::String;
    use std::vec::Vec;
    use std::{format, vec};

    use crate::{BYTES_PER_BLOCK, Heap};

    /// A heap of exactly `blocks` blocks over `mem`.
    fn heap_of(mem: &mut Vec<u64>, blocks: usize) -> Heap {
        for len in blocks * BYTES_PER_BLOCK.. {
            mem.resize(len / 8 + 1, 0);
            // SAFETY: `mem` outlives the heap and is not resized while it is used.
            let heap = unsafe { Heap::new(mem.as_mut_ptr().cast(), len) };
            if heap.as_ref().is_some_and(|h| h.total_blocks() == blocks) {
                return heap.unwrap();
            }
        }
        unreachable!()
    }

    fn dump(heap: &Heap, special: core::ptr::NonNull<u8>) -> String {
        let mut out = String::new();
        heap.dump_with(&mut out, &mut |p| if p == special { 'L' } else { 'h' })
            .unwrap();
        out
    }

    fn layout(heap: &Heap) -> core::ptr::NonNull<u8> {
        // Nothing here is rooted; keep `gc-stress` from collecting it.
        heap.disable();
        let l = heap.alloc(1, false).unwrap();
        heap.alloc(3 * BYTES_PER_BLOCK, false).unwrap();
        let gap = heap.alloc(1, false).unwrap();
        heap.alloc(2 * BYTES_PER_BLOCK, false).unwrap();
        // SAFETY: `gap` is not used again.
        assert!(unsafe { heap.free(gap) });
        l
    }

    #[test]
    fn map_matches_micropython_layout() {
        // 616 blocks: MicroPython's unix heap of 20000 bytes on a 64-bit host.
        let mut mem = vec![];
        let heap = heap_of(&mut mem, 616);
        let l = layout(&heap);
        let expect = format!(
            "GC memory layout; from {:x}:\n00000000: Lh==.h={}\n       (8 lines all free)\n{:08x}: {}\n",
            heap.pool_start() as usize,
            ".".repeat(57),
            576 * BYTES_PER_BLOCK,
            ".".repeat(40),
        );
        assert_eq!(dump(&heap, l), expect);
    }

    #[test]
    fn map_without_partial_last_line_or_fold() {
        let mut mem = vec![];
        let heap = heap_of(&mut mem, 128);
        let l = layout(&heap);
        // One free line is not folded.
        let expect = format!(
            "GC memory layout; from {:x}:\n00000000: Lh==.h={}\n{:08x}: {}\n",
            heap.pool_start() as usize,
            ".".repeat(57),
            64 * BYTES_PER_BLOCK,
            ".".repeat(64),
        );
        assert_eq!(dump(&heap, l), expect);

        let heap = heap_of(&mut mem, 192);
        let l = layout(&heap);
        let expect = format!(
            "GC memory layout; from {:x}:\n00000000: Lh==.h={}\n       (2 lines all free)\n",
            heap.pool_start() as usize,
            ".".repeat(57),
        );
        assert_eq!(dump(&heap, l), expect);
    }
}
