//! Python's integer hash: the value modulo a Mersenne prime that depends on the word size.

use super::BigInt;
use allocator_api2::alloc::Allocator;

/// Exponent of the hash modulus: 61 on 64-bit targets, 31 on 32-bit ones (as in CPython).
pub const HASH_BITS: u32 = if usize::BITS >= 64 { 61 } else { 31 };

/// The hash modulus `2^HASH_BITS - 1` (a Mersenne prime).
pub const HASH_MODULUS: u64 = (1u64 << HASH_BITS) - 1;

/// Reduces `x < 2^(HASH_BITS + 3)` modulo [`HASH_MODULUS`].
fn reduce(x: u64) -> u64 {
    let x = (x & HASH_MODULUS) + (x >> HASH_BITS);
    if x >= HASH_MODULUS {
        x - HASH_MODULUS
    } else {
        x
    }
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
    let m = v.unsigned_abs() as u64;
    // |v| <= 2^63 < 2^(61+3) on 64-bit targets; 2^31 on 32-bit ones.
    finish(v < 0, reduce(m))
}

impl<A: Allocator + Clone> BigInt<A> {
    /// Python's `hash(self)`: `sign * (|self| mod HASH_MODULUS)`, with -1 mapped to -2.
    pub fn hash(&self) -> isize {
        // 2^HASH_BITS == 1 (mod M), so multiplying by 2^32 is a rotation within HASH_BITS bits.
        let s = 32 % HASH_BITS;
        let mut acc = 0u64;
        for &x in self.mag.iter().rev() {
            let rotated = ((acc << s) & HASH_MODULUS) | (acc >> (HASH_BITS - s));
            acc = reduce(rotated + x as u64);
        }
        finish(self.neg, acc)
    }
}
