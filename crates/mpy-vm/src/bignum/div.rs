//! Division with Python's floor semantics (Knuth's algorithm D on magnitudes).

use super::limbs::{self, Limbs};
use super::{BigInt, Error};
use allocator_api2::alloc::{AllocError, Allocator};
use core::cmp::Ordering;

/// Truncated `(a / b, a % b)` of magnitudes; `b` must be normalised and non-empty.
pub(crate) fn divrem<A: Allocator + Clone>(
    a: &[u32],
    b: &[u32],
    alloc: A,
) -> Result<(Limbs<A>, Limbs<A>), AllocError> {
    let a = limbs::trim(a);
    if limbs::cmp(a, b) == Ordering::Less {
        return Ok((Limbs::new_in(alloc.clone()), limbs::copy_of(a, 0, alloc)?));
    }
    if b.len() == 1 {
        let mut q = limbs::copy_of(a, 0, alloc.clone())?;
        let r = limbs::div_rem_small(&mut q, b[0]);
        limbs::normalize(&mut q);
        let (l, n) = limbs::from_u64(r as u64);
        return Ok((q, limbs::copy_of(&l[..n], 0, alloc)?));
    }
    knuth(a, b, alloc)
}

/// Algorithm D for `b.len() >= 2` and `a >= b`.
fn knuth<A: Allocator + Clone>(
    a: &[u32],
    b: &[u32],
    alloc: A,
) -> Result<(Limbs<A>, Limbs<A>), AllocError> {
    let n = b.len();
    let m = a.len() - n;
    let s = b[n - 1].leading_zeros();
    // Normalise so the divisor's top bit is set; the dividend gets one extra limb.
    let mut bn = limbs::zeros(n, alloc.clone())?;
    shl_into(&mut bn, b, s);
    let mut an = limbs::zeros(a.len() + 1, alloc.clone())?;
    shl_into(&mut an, a, s);
    let mut q = limbs::zeros(m + 1, alloc.clone())?;
    let top = bn[n - 1] as u64;
    let second = bn[n - 2] as u64;
    for j in (0..=m).rev() {
        let num = ((an[j + n] as u64) << 32) | an[j + n - 1] as u64;
        let mut qhat = num / top;
        let mut rhat = num % top;
        while qhat >> 32 != 0 || qhat * second > ((rhat << 32) | an[j + n - 2] as u64) {
            qhat -= 1;
            rhat += top;
            if rhat >> 32 != 0 {
                break;
            }
        }
        if submul(&mut an[j..=j + n], &bn, qhat) {
            qhat -= 1;
            let c = limbs::add_assign(&mut an[j..j + n], &bn);
            an[j + n] = an[j + n].wrapping_add(c);
        }
        q[j] = qhat as u32;
    }
    limbs::normalize(&mut q);
    // The remainder is the low n limbs, shifted back.
    let mut r = limbs::zeros(n, alloc)?;
    for i in 0..n {
        let hi = if s == 0 { 0 } else { an[i + 1] << (32 - s) };
        r[i] = (an[i] >> s) | if i + 1 < n { hi } else { 0 };
    }
    limbs::normalize(&mut r);
    Ok((q, r))
}

/// `x -= b * q` over `b.len() + 1` limbs of `x`; returns whether the result went negative.
fn submul(x: &mut [u32], b: &[u32], q: u64) -> bool {
    let mut carry = 0u64;
    let mut borrow = false;
    let n = b.len();
    for i in 0..=n {
        let p = if i < n {
            q * b[i] as u64 + carry
        } else {
            carry
        };
        carry = p >> 32;
        let (d, b1) = x[i].overflowing_sub(p as u32);
        let (d, b2) = d.overflowing_sub(borrow as u32);
        x[i] = d;
        borrow = b1 | b2;
    }
    borrow
}

/// Writes `src << s` (`s < 32`) into `dst`, which holds at least `src.len()` limbs
/// (the bits shifted out of the top go into `dst[src.len()]` when present).
fn shl_into(dst: &mut [u32], src: &[u32], s: u32) {
    let mut carry = 0u32;
    for (d, &x) in dst.iter_mut().zip(src) {
        *d = (x << s) | carry;
        carry = if s == 0 { 0 } else { x >> (32 - s) };
    }
    if let Some(d) = dst.get_mut(src.len()) {
        *d = carry;
    }
}

impl<A: Allocator + Clone> BigInt<A> {
    /// Python's `divmod(self, other)`: floor quotient, remainder with the divisor's sign.
    pub fn divmod(&self, other: &Self) -> Result<(Self, Self), Error> {
        if other.is_zero() {
            return Err(Error::ZeroDivision);
        }
        let (q, r) = divrem(&self.mag, &other.mag, self.alloc())?;
        let mut q = Self::from_parts(self.neg != other.neg, q);
        let mut r = Self::from_parts(self.neg, r);
        if self.neg != other.neg && !r.is_zero() {
            // Truncation rounded toward zero; step the quotient down and move the remainder.
            q = q.add_small(-1)?;
            r = r.add(other)?;
        }
        Ok((q, r))
    }

    /// Python's `self // other` (rounds toward negative infinity).
    pub fn floor_div(&self, other: &Self) -> Result<Self, Error> {
        Ok(self.divmod(other)?.0)
    }

    /// Python's `self % other` (the result has the divisor's sign).
    pub fn modulo(&self, other: &Self) -> Result<Self, Error> {
        Ok(self.divmod(other)?.1)
    }

    /// Python's `divmod(self, v)` for a machine integer divisor; the remainder is a machine integer.
    pub fn divmod_small(&self, v: i64) -> Result<(Self, i64), Error> {
        if v == 0 {
            return Err(Error::ZeroDivision);
        }
        let d = v.unsigned_abs();
        let (l, n) = limbs::from_u64(d);
        let (q, r) = divrem(&self.mag, &l[..n], self.alloc())?;
        let mut q = Self::from_parts(self.neg != (v < 0), q);
        let mut r = r.iter().rev().fold(0u64, |acc, &x| (acc << 32) | x as u64);
        if self.neg != (v < 0) && r != 0 {
            q = q.add_small(-1)?;
            r = d - r;
        }
        // |r| < |v|, so it fits in an i64 with the divisor's sign.
        let r = if v < 0 {
            (r as i64).wrapping_neg()
        } else {
            r as i64
        };
        Ok((q, r))
    }
}
