//! Exponentiation: `pow(base, exp)` and the three-argument modular `pow(base, exp, mod)`.

use super::limbs::{self, Limbs};
use super::{BigInt, Error, div, mul};
use allocator_api2::alloc::Allocator;

/// Whether bit `i` of the magnitude is set.
fn bit(mag: &[u32], i: u64) -> bool {
    mag.get((i / 32) as usize)
        .is_some_and(|&x| (x >> (i % 32)) & 1 != 0)
}

impl<A: Allocator + Clone> BigInt<A> {
    /// `self ** exp` for `exp >= 0`; `Error::NegativeExponent` otherwise (the VM computes a
    /// float then), `Error::NoMemory` when the result could not be stored.
    pub fn pow(&self, exp: &Self) -> Result<Self, Error> {
        if exp.neg {
            return Err(Error::NegativeExponent);
        }
        let alloc = self.alloc();
        if exp.is_zero() {
            return Ok(Self::from_u64(1, alloc)?);
        }
        let odd = exp.mag[0] & 1 != 0;
        if self.is_zero() || self.mag[..] == [1] {
            let mut r = self.try_clone()?;
            r.neg = self.neg && odd;
            return Ok(r);
        }
        // |base| >= 2, so the result has at least `exp` bits: a huge exponent cannot be stored.
        let e = exp.to_u64().ok_or(Error::NoMemory)?;
        let n = self.bit_length();
        if (n - 1)
            .checked_mul(e)
            .is_none_or(|b| b >= isize::MAX as u64)
        {
            return Err(Error::NoMemory);
        }
        let neg = self.neg && e & 1 != 0;
        // A power of two: just a shift.
        if !limbs::low_bits_nonzero(&self.mag, (n - 1) as usize) {
            let one = Self::from_u64(1, alloc)?;
            let mut r = one.shl(((n - 1) * e) as usize)?;
            r.neg = neg;
            return Ok(r);
        }
        let mut acc: Limbs<A> = limbs::copy_of(&self.mag, 0, alloc.clone())?;
        for i in (0..63 - e.leading_zeros() as u64).rev() {
            acc = mul::mul(&acc, &acc, alloc.clone())?;
            if (e >> i) & 1 != 0 {
                acc = mul::mul(&acc, &self.mag, alloc.clone())?;
            }
        }
        Ok(Self::from_parts(neg, acc))
    }

    /// `pow(self, exp, modulus)` with Python's sign rules (the result has the modulus's sign);
    /// `Error::ZeroDivision` for a zero modulus, `Error::NegativeExponent` for `exp < 0`.
    pub fn pow_mod(&self, exp: &Self, modulus: &Self) -> Result<Self, Error> {
        if modulus.is_zero() {
            return Err(Error::ZeroDivision);
        }
        if exp.neg {
            return Err(Error::NegativeExponent);
        }
        let alloc = self.alloc();
        let m: &[u32] = &modulus.mag;
        // Base reduced into 0..|m|.
        let mut base = self.abs()?.modulo(&modulus.abs()?)?;
        if self.neg && !base.is_zero() {
            base = Self::from_slice(false, m, alloc.clone())?.sub(&base)?;
        }
        let mut acc: Limbs<A> = limbs::copy_of(&[1], 0, alloc.clone())?;
        if m == [1] {
            acc.clear();
        }
        for i in (0..exp.bit_length()).rev() {
            let sq = mul::mul(&acc, &acc, alloc.clone())?;
            acc = div::divrem(&sq, m, alloc.clone())?.1;
            if bit(&exp.mag, i) {
                let p = mul::mul(&acc, &base.mag, alloc.clone())?;
                acc = div::divrem(&p, m, alloc.clone())?.1;
            }
        }
        let r = Self::from_parts(false, acc);
        if modulus.neg && !r.is_zero() {
            return Ok(r.add(modulus)?);
        }
        Ok(r)
    }
}
