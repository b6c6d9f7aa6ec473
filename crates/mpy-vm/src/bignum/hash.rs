//! Python's integer hash: the value modulo a Mersenne prime that depends on the word size.

use super::BigInt;
use allocator_api2::alloc::Allocator;

/// Exponent of the hash modulus: 61 on 64-bit targets, 31 on 32-bit ones (as in CPython).
pub const HASH_BITS: u32 = if usize::BITS >= 64 { 61 } else { 31 };

/// The hash modulus `2^HASH_BITS - 1` (a Mersenne prime).
pub const HASH_MODULUS: u64 = (1u64 << HASH_BITS) - 1;

/// Reduces `x < 2^(bits + 3)` modulo `2^bits - 1`.
fn reduce(x: u64, bits: u32) -> u64 {
    let m = (1u64 << bits) - 1;
    let x = (x & m) + (x >> bits);
    if x >= m { x - m } else { x }
}

/// A magnitude modulo `2^bits - 1` (`bits` is 31 or 61).
pub(crate) fn mag_mod(mag: &[u32], bits: u32) -> u64 {
    let m = (1u64 << bits) - 1;
    // 2^bits == 1 (mod m), so multiplying by 2^32 is a rotation within `bits` bits.
    let s = 32 % bits;
    let mut acc = 0u64;
    for &x in mag.iter().rev() {
        let rotated = ((acc << s) & m) | (acc >> (bits - s));
        acc = reduce(rotated + x as u64, bits);
    }
    acc
}

/// Applies the sign and CPython's rule that a hash is never -1.
fn finish(neg: bool, h: u64) -> isize {
    let h = h as isize;
    match if neg { -h } else { h } {
        -1 => -2,
        v => v,
    }
}

/// Python's `hash()` of a machine integer, consistent with [`BigInt::hash`].
pub fn hash_small(v: isize) -> isize {
    // |v| <= 2^63 < 2^(61+3) on 64-bit targets; 2^31 on 32-bit ones.
    finish(v < 0, reduce(v.unsigned_abs() as u64, HASH_BITS))
}

impl<A: Allocator + Clone> BigInt<A> {
    /// Python's `hash(self)`: `sign * (|self| mod HASH_MODULUS)`, with -1 mapped to -2.
    pub fn hash(&self) -> isize {
        finish(self.neg, mag_mod(&self.mag, HASH_BITS))
    }
}
