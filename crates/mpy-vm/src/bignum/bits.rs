//! Shifts and bitwise operations with Python's two's-complement semantics for negatives.

use super::BigInt;
use super::limbs::{self, Limbs};
use allocator_api2::alloc::{AllocError, Allocator};

/// Which bitwise operation to apply limb by limb.
#[derive(Copy, Clone)]
enum Op {
    And,
    Or,
    Xor,
}

impl Op {
    fn apply(self, x: u32, y: u32) -> u32 {
        match self {
            Op::And => x & y,
            Op::Or => x | y,
            Op::Xor => x ^ y,
        }
    }
}

/// Yields the limbs of a signed value in infinite two's complement, for the first `len` limbs.
struct TwosComplement<'s> {
    mag: &'s [u32],
    neg: bool,
    carry: bool,
    i: usize,
}

impl<'s> TwosComplement<'s> {
    fn new(neg: bool, mag: &'s [u32]) -> Self {
        TwosComplement {
            mag,
            neg,
            carry: true,
            i: 0,
        }
    }

    /// The next limb (sign extension beyond the magnitude).
    fn next_limb(&mut self) -> u32 {
        let x = self.mag.get(self.i).copied().unwrap_or(0);
        self.i += 1;
        if !self.neg {
            return x;
        }
        // -m == !m + 1
        let (v, c) = (!x).overflowing_add(self.carry as u32);
        self.carry = c;
        v
    }
}

impl<A: Allocator + Clone> BigInt<A> {
    /// The number of bits needed to represent `abs(self)` (0 for zero).
    pub fn bit_length(&self) -> u64 {
        match self.mag.last() {
            None => 0,
            Some(&top) => (self.mag.len() as u64 - 1) * 32 + (32 - top.leading_zeros()) as u64,
        }
    }

    /// `self << n`.
    pub fn shl(&self, n: usize) -> Result<Self, AllocError> {
        if self.is_zero() {
            return Ok(Self::zero(self.alloc()));
        }
        let (whole, part) = (n / 32, (n % 32) as u32);
        let len = self.mag.len().checked_add(whole + 1).ok_or(AllocError)?;
        let mut v = limbs::with_capacity(len, self.alloc())?;
        v.resize(whole, 0);
        let mut carry = 0u32;
        for &x in self.mag.iter() {
            v.push((x << part) | carry);
            carry = if part == 0 { 0 } else { x >> (32 - part) };
        }
        v.push(carry);
        Ok(Self::from_parts(self.neg, v))
    }

    /// `self >> n`, arithmetic: rounds toward negative infinity for negative values.
    pub fn shr(&self, n: usize) -> Result<Self, AllocError> {
        let (whole, part) = (n / 32, (n % 32) as u32);
        let round_up = self.neg && limbs::low_bits_nonzero(&self.mag, n);
        let mut v: Limbs<A> = if whole >= self.mag.len() {
            Limbs::new_in(self.alloc())
        } else {
            let src = &self.mag[whole..];
            let mut v = limbs::with_capacity(src.len() + 1, self.alloc())?;
            for (i, &x) in src.iter().enumerate() {
                let hi = match src.get(i + 1) {
                    Some(&h) if part != 0 => h << (32 - part),
                    _ => 0,
                };
                v.push((x >> part) | hi);
            }
            v
        };
        if round_up {
            limbs::normalize(&mut v);
            let c = limbs::add_assign(&mut v, &[1]);
            if c != 0 || v.is_empty() {
                limbs::push(&mut v, 1)?;
            }
        }
        Ok(Self::from_parts(self.neg, v))
    }

    /// Applies a bitwise operation to the two's-complement forms of both operands.
    fn bitwise(&self, other: &Self, op: Op) -> Result<Self, AllocError> {
        let len = self.mag.len().max(other.mag.len()) + 1;
        let neg = op.apply(self.neg as u32, other.neg as u32) != 0;
        let mut v = limbs::with_capacity(len, self.alloc())?;
        let mut a = TwosComplement::new(self.neg, &self.mag);
        let mut b = TwosComplement::new(other.neg, &other.mag);
        let mut back = neg;
        for _ in 0..len {
            let x = op.apply(a.next_limb(), b.next_limb());
            // Convert a negative result back to a magnitude: m == !r + 1.
            v.push(if neg {
                let (m, c) = (!x).overflowing_add(back as u32);
                back = c;
                m
            } else {
                x
            });
        }
        Ok(Self::from_parts(neg, v))
    }

    /// `self & other`.
    pub fn and(&self, other: &Self) -> Result<Self, AllocError> {
        self.bitwise(other, Op::And)
    }

    /// `self | other`.
    pub fn or(&self, other: &Self) -> Result<Self, AllocError> {
        self.bitwise(other, Op::Or)
    }

    /// `self ^ other`.
    pub fn xor(&self, other: &Self) -> Result<Self, AllocError> {
        self.bitwise(other, Op::Xor)
    }

    /// `~self`, which is `-self - 1`.
    pub fn not(&self) -> Result<Self, AllocError> {
        let mut r = self.add_small(1)?;
        r.negate();
        Ok(r)
    }
}
