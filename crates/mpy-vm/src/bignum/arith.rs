//! Signed addition, subtraction, multiplication, negation and comparison.

use super::{BigInt, limbs, mul};
use allocator_api2::alloc::{AllocError, Allocator};
use core::cmp::Ordering;

/// `(a_neg, a) + (b_neg, b)` for magnitudes given as slices.
fn add_signed<A: Allocator + Clone>(
    a_neg: bool,
    a: &[u32],
    b_neg: bool,
    b: &[u32],
    alloc: A,
) -> Result<BigInt<A>, AllocError> {
    if a_neg == b_neg {
        return Ok(BigInt::from_parts(a_neg, limbs::add(a, b, alloc)?));
    }
    match limbs::cmp(a, b) {
        Ordering::Equal => Ok(BigInt::zero(alloc)),
        Ordering::Greater => Ok(BigInt::from_parts(a_neg, limbs::sub(a, b, alloc)?)),
        Ordering::Less => Ok(BigInt::from_parts(b_neg, limbs::sub(b, a, alloc)?)),
    }
}

/// Compares `(a_neg, a)` with `(b_neg, b)` as signed values.
fn cmp_signed(a_neg: bool, a: &[u32], b_neg: bool, b: &[u32]) -> Ordering {
    match (a_neg, b_neg) {
        (false, true) => Ordering::Greater,
        (true, false) => Ordering::Less,
        (false, false) => limbs::cmp(a, b),
        (true, true) => limbs::cmp(b, a),
    }
}

impl<A: Allocator + Clone> BigInt<A> {
    /// `self + other`.
    pub fn add(&self, other: &Self) -> Result<Self, AllocError> {
        add_signed(self.neg, &self.mag, other.neg, &other.mag, self.alloc())
    }

    /// `self - other`.
    pub fn sub(&self, other: &Self) -> Result<Self, AllocError> {
        add_signed(self.neg, &self.mag, !other.neg, &other.mag, self.alloc())
    }

    /// `self * other` (schoolbook, Karatsuba for long operands).
    pub fn mul(&self, other: &Self) -> Result<Self, AllocError> {
        let mag = mul::mul(&self.mag, &other.mag, self.alloc())?;
        Ok(Self::from_parts(self.neg != other.neg, mag))
    }

    /// `-self`.
    pub fn neg(&self) -> Result<Self, AllocError> {
        let mut r = self.try_clone()?;
        r.negate();
        Ok(r)
    }

    /// `abs(self)`.
    pub fn abs(&self) -> Result<Self, AllocError> {
        Self::from_slice(false, &self.mag, self.alloc())
    }

    /// `self + v` for a machine integer `v`.
    pub fn add_small(&self, v: i64) -> Result<Self, AllocError> {
        let (l, n) = limbs::from_u64(v.unsigned_abs());
        add_signed(self.neg, &self.mag, v < 0, &l[..n], self.alloc())
    }

    /// `self - v` for a machine integer `v`.
    pub fn sub_small(&self, v: i64) -> Result<Self, AllocError> {
        let (l, n) = limbs::from_u64(v.unsigned_abs());
        add_signed(self.neg, &self.mag, v >= 0, &l[..n], self.alloc())
    }

    /// `self * v` for a machine integer `v`.
    pub fn mul_small(&self, v: i64) -> Result<Self, AllocError> {
        let (l, n) = limbs::from_u64(v.unsigned_abs());
        let mag = mul::mul(&self.mag, &l[..n], self.alloc())?;
        Ok(Self::from_parts(self.neg != (v < 0), mag))
    }

    /// Compares `self` with a machine integer `v` (allocates nothing).
    pub fn cmp_small(&self, v: i64) -> Ordering {
        let (l, n) = limbs::from_u64(v.unsigned_abs());
        cmp_signed(self.neg, &self.mag, v < 0, &l[..n])
    }
}

impl<A: Allocator + Clone> PartialEq for BigInt<A> {
    /// Numeric equality.
    fn eq(&self, other: &Self) -> bool {
        self.neg == other.neg && self.mag[..] == other.mag[..]
    }
}

impl<A: Allocator + Clone> Eq for BigInt<A> {}

impl<A: Allocator + Clone> PartialOrd for BigInt<A> {
    /// Numeric order.
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl<A: Allocator + Clone> Ord for BigInt<A> {
    /// Numeric order.
    fn cmp(&self, other: &Self) -> Ordering {
        cmp_signed(self.neg, &self.mag, other.neg, &other.mag)
    }
}
