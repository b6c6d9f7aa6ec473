//! Conversions to and from machine integers, floats and byte strings.

use super::limbs::{self, Limbs};
use super::{BigInt, Error};
use allocator_api2::alloc::{AllocError, Allocator};

impl<A: Allocator + Clone> BigInt<A> {
    /// The magnitude as a `u128` if it has at most four limbs.
    fn mag_u128(&self) -> Option<u128> {
        if self.mag.len() > 4 {
            return None;
        }
        Some(
            self.mag
                .iter()
                .rev()
                .fold(0u128, |acc, &x| (acc << 32) | x as u128),
        )
    }

    /// The value as an `i64`, if it fits.
    pub fn to_i64(&self) -> Option<i64> {
        let m = u64::try_from(self.mag_u128()?).ok()?;
        if self.neg {
            0i64.checked_sub_unsigned(m)
        } else {
            i64::try_from(m).ok()
        }
    }

    /// The value as a `u64`, if it is non-negative and fits.
    pub fn to_u64(&self) -> Option<u64> {
        if self.neg {
            return None;
        }
        u64::try_from(self.mag_u128()?).ok()
    }

    /// The value as an `i128`, if it fits.
    pub fn to_i128(&self) -> Option<i128> {
        let m = self.mag_u128()?;
        if self.neg {
            0i128.checked_sub_unsigned(m)
        } else {
            i128::try_from(m).ok()
        }
    }

    /// The value if it fits a signed `bits`-bit integer (`bits` is capped at `usize::BITS`).
    pub fn fits_in_small(&self, bits: u32) -> Option<isize> {
        let bits = bits.min(usize::BITS);
        if bits == 0 {
            return None;
        }
        let v = isize::try_from(self.to_i64()?).ok()?;
        let lim = 1i128 << (bits - 1);
        ((v as i128) >= -lim && (v as i128) < lim).then_some(v)
    }

    /// The top 64 bits of the magnitude (lowest bit ORed with all lower bits) and the shift
    /// that scales them back; rounding this to fewer than 63 bits rounds the whole magnitude.
    fn float_parts(&self) -> (u64, u64) {
        let n = self.bit_length();
        if n <= 64 {
            return (self.mag_u128().unwrap_or(0) as u64, 0);
        }
        let shift = n - 64;
        let (whole, part) = ((shift / 32) as usize, (shift % 32) as u32);
        let mut m = 0u128;
        for &x in self.mag[whole..].iter().rev().take(3) {
            m = (m << 32) | x as u128;
        }
        let mut m = (m >> part) as u64;
        if limbs::low_bits_nonzero(&self.mag, shift as usize) {
            m |= 1;
        }
        (m, shift)
    }

    /// The nearest `f64` (round half to even); `Error::Overflow` if it would be infinite.
    pub fn to_f64(&self) -> Result<f64, Error> {
        let (m, shift) = self.float_parts();
        if shift > 1023 - 63 {
            return Err(Error::Overflow);
        }
        let scale = f64::from_bits((1023 + shift) << 52);
        let f = m as f64 * scale;
        if f.is_infinite() {
            return Err(Error::Overflow);
        }
        Ok(if self.neg { -f } else { f })
    }

    /// The nearest `f32` (round half to even); `Error::Overflow` if it would be infinite.
    pub fn to_f32(&self) -> Result<f32, Error> {
        let (m, shift) = self.float_parts();
        if shift > 127 - 63 {
            return Err(Error::Overflow);
        }
        let scale = f32::from_bits((127 + shift as u32) << 23);
        let f = m as f32 * scale;
        if f.is_infinite() {
            return Err(Error::Overflow);
        }
        Ok(if self.neg { -f } else { f })
    }

    /// The integer part of `x` (truncated toward zero); NaN and infinities are errors.
    pub fn from_f64(x: f64, alloc: A) -> Result<Self, Error> {
        if x.is_nan() {
            return Err(Error::NotANumber);
        }
        if x.is_infinite() {
            return Err(Error::Overflow);
        }
        let bits = x.to_bits();
        let neg = bits >> 63 != 0;
        let exp = ((bits >> 52) & 0x7ff) as i64;
        if exp < 1023 {
            return Ok(Self::zero(alloc));
        }
        let mant = (bits & ((1u64 << 52) - 1)) | (1u64 << 52);
        let e = exp - 1075;
        if e <= 0 {
            let mut r = Self::from_u64(mant >> (-e), alloc)?;
            r.neg = neg && !r.is_zero();
            return Ok(r);
        }
        let mut r = Self::from_u64(mant, alloc)?.shl(e as usize)?;
        r.neg = neg;
        Ok(r)
    }

    /// The integer part of an `f32` (truncated toward zero); NaN and infinities are errors.
    pub fn from_f32(x: f32, alloc: A) -> Result<Self, Error> {
        Self::from_f64(x as f64, alloc)
    }

    /// Python's `int.to_bytes`: fills all of `out` (two's complement when `signed`);
    /// `Error::Overflow` if the value does not fit or is negative while `!signed`.
    pub fn to_bytes(&self, out: &mut [u8], little_endian: bool, signed: bool) -> Result<(), Error> {
        let room = (out.len() as u64).saturating_mul(8);
        let n = self.bit_length();
        let fits = if !signed {
            !self.neg && n <= room
        } else if !self.neg {
            n == 0 || n < room
        } else {
            // -2^(room-1) is the most negative value: magnitude a power of two of n == room bits.
            n < room || (n == room && !limbs::low_bits_nonzero(&self.mag, (n - 1) as usize))
        };
        if !fits {
            return Err(Error::Overflow);
        }
        let mut carry = true;
        for (i, slot) in out.iter_mut().enumerate() {
            let b = self
                .mag
                .get(i / 4)
                .map_or(0, |&x| (x >> (8 * (i % 4))) as u8);
            *slot = if self.neg {
                let (v, c) = (!b).overflowing_add(carry as u8);
                carry = c;
                v
            } else {
                b
            };
        }
        if !little_endian {
            out.reverse();
        }
        Ok(())
    }

    /// Python's `int.from_bytes`: `bytes` as an unsigned or two's-complement integer.
    pub fn from_bytes(
        bytes: &[u8],
        little_endian: bool,
        signed: bool,
        alloc: A,
    ) -> Result<Self, AllocError> {
        let byte = |i: usize| {
            if little_endian {
                bytes[i]
            } else {
                bytes[bytes.len() - 1 - i]
            }
        };
        let neg = signed && !bytes.is_empty() && byte(bytes.len() - 1) & 0x80 != 0;
        let mut mag: Limbs<A> = limbs::zeros(bytes.len().div_ceil(4), alloc)?;
        let mut carry = true;
        for i in 0..bytes.len() {
            let mut b = byte(i);
            if neg {
                let (v, c) = (!b).overflowing_add(carry as u8);
                carry = c;
                b = v;
            }
            mag[i / 4] |= (b as u32) << (8 * (i % 4));
        }
        Ok(Self::from_parts(neg, mag))
    }
}
