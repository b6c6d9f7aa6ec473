//! Arbitrary-precision integers for Python's `int` beyond the small-int range.
//!
//! A [`BigInt`] is a sign and a magnitude of little-endian `u32` limbs, always normalised
//! (no high zero limbs; zero is non-negative with no limbs). Storage comes from an
//! `allocator-api2` allocator and every allocation is fallible: operations that may allocate
//! return `Result<_, AllocError>` or `Result<_, Error>` (which has [`Error::NoMemory`]), and no
//! input makes any operation panic. Semantics follow Python (floor division, two's-complement
//! bitwise operations on negatives, `hash`).

mod arith;
mod bits;
mod convert;
mod div;
mod error;
mod hash;
mod limbs;
mod mul;
mod pow;
mod radix;
#[cfg(test)]
mod tests;

pub use allocator_api2::alloc::AllocError;
pub use error::Error;
pub use hash::{HASH_BITS, HASH_MODULUS, hash_small};

use allocator_api2::alloc::Allocator;
use core::fmt;
use limbs::Limbs;

/// A Python integer of any size: sign plus normalised little-endian `u32` magnitude.
pub struct BigInt<A: Allocator + Clone> {
    neg: bool,
    mag: Limbs<A>,
}

impl<A: Allocator + Clone> BigInt<A> {
    /// Builds a value from a sign and a magnitude, normalising both.
    pub(crate) fn from_parts(neg: bool, mut mag: Limbs<A>) -> Self {
        limbs::normalize(&mut mag);
        let neg = neg && !mag.is_empty();
        BigInt { neg, mag }
    }

    /// Builds a value from a sign and a magnitude slice (copied).
    pub(crate) fn from_slice(neg: bool, mag: &[u32], alloc: A) -> Result<Self, AllocError> {
        let mag = limbs::trim(mag);
        Ok(Self::from_parts(neg, limbs::copy_of(mag, 0, alloc)?))
    }

    /// The allocator handle for new results derived from `self`.
    pub(crate) fn alloc(&self) -> A {
        self.mag.allocator().clone()
    }

    /// Zero (allocates nothing).
    pub fn zero(alloc: A) -> Self {
        BigInt {
            neg: false,
            mag: Limbs::new_in(alloc),
        }
    }

    /// The value of a `u64`.
    pub fn from_u64(v: u64, alloc: A) -> Result<Self, AllocError> {
        let (l, n) = limbs::from_u64(v);
        Self::from_slice(false, &l[..n], alloc)
    }

    /// The value of an `i64`.
    pub fn from_i64(v: i64, alloc: A) -> Result<Self, AllocError> {
        let (l, n) = limbs::from_u64(v.unsigned_abs());
        Self::from_slice(v < 0, &l[..n], alloc)
    }

    /// The value of a `u128`.
    pub fn from_u128(v: u128, alloc: A) -> Result<Self, AllocError> {
        let l = [
            v as u32,
            (v >> 32) as u32,
            (v >> 64) as u32,
            (v >> 96) as u32,
        ];
        Self::from_slice(false, &l, alloc)
    }

    /// The value of an `i128`.
    pub fn from_i128(v: i128, alloc: A) -> Result<Self, AllocError> {
        let mut r = Self::from_u128(v.unsigned_abs(), alloc)?;
        r.neg = v < 0;
        Ok(r)
    }

    /// The value `sign * magnitude` from little-endian `u32` limbs (high zero limbs allowed).
    pub fn from_limbs(negative: bool, magnitude: &[u32], alloc: A) -> Result<Self, AllocError> {
        Self::from_slice(negative, magnitude, alloc)
    }

    /// A copy of the value (a fallible `Clone`).
    pub fn try_clone(&self) -> Result<Self, AllocError> {
        Self::from_slice(self.neg, &self.mag, self.alloc())
    }

    /// The allocator this value's storage comes from.
    pub fn allocator(&self) -> &A {
        self.mag.allocator()
    }

    /// The magnitude as normalised little-endian `u32` limbs (empty for zero).
    pub fn magnitude(&self) -> &[u32] {
        &self.mag
    }

    /// Whether the value is zero.
    pub fn is_zero(&self) -> bool {
        self.mag.is_empty()
    }

    /// Whether the value is below zero.
    pub fn is_negative(&self) -> bool {
        self.neg
    }

    /// -1, 0 or 1 according to the sign.
    pub fn signum(&self) -> i32 {
        if self.neg {
            -1
        } else if self.mag.is_empty() {
            0
        } else {
            1
        }
    }

    /// Negates the value in place (allocates nothing).
    pub fn negate(&mut self) {
        self.neg = !self.neg && !self.mag.is_empty();
    }
}

impl<A: Allocator + Clone> fmt::Display for BigInt<A> {
    /// Decimal digits with a leading `-` if negative (fails with `fmt::Error` when out of memory).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.to_str_radix(10, f).map_err(|_| fmt::Error)
    }
}

impl<A: Allocator + Clone> fmt::Debug for BigInt<A> {
    /// Hexadecimal form (never allocates).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("BigInt(")?;
        if self.neg {
            f.write_str("-")?;
        }
        f.write_str("0x")?;
        self.write_digits(16, &mut *f).map_err(|_| fmt::Error)?;
        f.write_str(")")
    }
}
