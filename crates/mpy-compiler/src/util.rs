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
