//! Fallible growth helpers: every push goes through `try_reserve` so that running out of the
//! caller's heap is a `MemoryError` value.

use allocator_api2::alloc::Allocator;
use allocator_api2::vec::Vec;

use crate::error::{CompileError, Result};

/// Pushes `x`, reporting allocation failure as `MemoryError`.
#[inline]
pub fn push<T, A: Allocator>(v: &mut Vec<T, A>, x: T) -> Result<()> {
    if v.len() == v.capacity() {
        v.try_reserve(1).map_err(|_| CompileError::memory())?;
    }
    v.push(x);
    Ok(())
}

/// Appends a byte slice, reporting allocation failure as `MemoryError`.
#[inline]
pub fn extend<A: Allocator>(v: &mut Vec<u8, A>, s: &[u8]) -> Result<()> {
    v.try_reserve(s.len()).map_err(|_| CompileError::memory())?;
    v.extend_from_slice(s);
    Ok(())
}

/// Appends a code point as UTF-8 (surrogates included, as MicroPython's `vstr_add_char` does).
pub fn push_utf8<A: Allocator>(v: &mut Vec<u8, A>, c: u32) -> Result<()> {
    let mut b = [0u8; 4];
    let n = if c < 0x80 {
        b[0] = c as u8;
        1
    } else if c < 0x800 {
        b[0] = 0xc0 | (c >> 6) as u8;
        b[1] = 0x80 | (c & 0x3f) as u8;
        2
    } else if c < 0x10000 {
        b[0] = 0xe0 | (c >> 12) as u8;
        b[1] = 0x80 | ((c >> 6) & 0x3f) as u8;
        b[2] = 0x80 | (c & 0x3f) as u8;
        3
    } else {
        b[0] = 0xf0 | ((c >> 18) & 0x07) as u8;
        b[1] = 0x80 | ((c >> 12) & 0x3f) as u8;
        b[2] = 0x80 | ((c >> 6) & 0x3f) as u8;
        b[3] = 0x80 | (c & 0x3f) as u8;
        4
    };
    extend(v, &b[..n])
}

/// Items per [`ChunkVec`] chunk.
const CHUNK: usize = 64;

/// An append-only arena in fixed-size chunks: growing never moves items, so a small device
/// never holds an old and a new copy of a big arena at once (the expression arena dominates
/// the compiler's peak heap).
pub struct ChunkVec<T, A: Allocator + Clone> {
    chunks: Vec<Vec<T, A>, A>,
    len: usize,
}

impl<T, A: Allocator + Clone> ChunkVec<T, A> {
    /// An empty arena allocating from `alloc`.
    pub fn new_in(alloc: A) -> Self {
        ChunkVec {
            chunks: Vec::new_in(alloc),
            len: 0,
        }
    }

    /// The number of items.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether there are no items.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Appends `x`, reporting allocation failure as `MemoryError`.
    pub fn push(&mut self, x: T) -> Result<()> {
        if self.len % CHUNK == 0 {
            let mut chunk = Vec::new_in(self.chunks.allocator().clone());
            chunk
                .try_reserve_exact(CHUNK)
                .map_err(|_| CompileError::memory())?;
            push(&mut self.chunks, chunk)?;
        }
        if let Some(chunk) = self.chunks.last_mut() {
            chunk.push(x);
        }
        self.len += 1;
        Ok(())
    }
}

impl<T, A: Allocator + Clone> core::ops::Index<usize> for ChunkVec<T, A> {
    type Output = T;

    fn index(&self, i: usize) -> &T {
        &self.chunks[i / CHUNK][i % CHUNK]
    }
}

impl<T, A: Allocator + Clone> core::ops::IndexMut<usize> for ChunkVec<T, A> {
    fn index_mut(&mut self, i: usize) -> &mut T {
        &mut self.chunks[i / CHUNK][i % CHUNK]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use allocator_api2::alloc::Global;

    #[test]
    fn chunk_vec_indexes_across_chunks() {
        let mut v = ChunkVec::new_in(Global);
        assert!(v.is_empty());
        for i in 0..(3 * CHUNK + 5) {
            v.push(i * 7).unwrap();
        }
        assert_eq!(v.len(), 3 * CHUNK + 5);
        v[CHUNK] = 1;
        assert_eq!(v[CHUNK], 1);
        assert_eq!(v[CHUNK - 1], (CHUNK - 1) * 7);
        assert_eq!(v[3 * CHUNK + 4], (3 * CHUNK + 4) * 7);
    }
}
