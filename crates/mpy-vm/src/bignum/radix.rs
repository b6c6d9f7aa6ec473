//! Parsing (`int(text, base)`) and printing in radix 2..=36.

use super::limbs::{self, Limbs};
use super::{BigInt, Error};
use allocator_api2::alloc::Allocator;
use core::fmt;

/// The largest `k` with `radix^k <= u32::MAX`, and `radix^k`.
fn chunk(radix: u32) -> (usize, u32) {
    let (mut k, mut p) = (0usize, 1u32);
    while let Some(q) = p.checked_mul(radix) {
        p = q;
        k += 1;
    }
    (k, p)
}

/// The value of an ASCII digit character in radix up to 36.
fn digit_value(c: u8) -> Option<u32> {
    match c {
        b'0'..=b'9' => Some((c - b'0') as u32),
        b'a'..=b'z' => Some((c - b'a') as u32 + 10),
        b'A'..=b'Z' => Some((c - b'A') as u32 + 10),
        _ => None,
    }
}

/// Python's ASCII whitespace for `int()`: space, `\t`, `\n`, `\v`, `\f`, `\r`.
fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

/// Strips a `0x`/`0o`/`0b` prefix that matches `radix` (or picks the radix when it is 0).
fn strip_prefix(s: &[u8], radix: u32) -> (&[u8], u32, bool) {
    if let [b'0', p, rest @ ..] = s {
        let r = match p.to_ascii_lowercase() {
            b'x' => 16,
            b'o' => 8,
            b'b' => 2,
            _ => 0,
        };
        if r != 0 && (radix == 0 || radix == r) {
            return (rest, r, true);
        }
    }
    (s, if radix == 0 { 10 } else { radix }, false)
}

/// An ASCII digit character for a value below 36 (lowercase letters).
fn digit_char(v: u32) -> u8 {
    b"0123456789abcdefghijklmnopqrstuvwxyz"[(v % 36) as usize]
}

/// Buffers ASCII digits and hands them to a `fmt::Write` in batches.
struct DigitBuf<'w, W: fmt::Write + ?Sized> {
    out: &'w mut W,
    buf: [u8; 64],
    len: usize,
}

impl<W: fmt::Write + ?Sized> DigitBuf<'_, W> {
    fn put(&mut self, c: u8) -> Result<(), Error> {
        if self.len == self.buf.len() {
            self.flush()?;
        }
        self.buf[self.len] = c;
        self.len += 1;
        Ok(())
    }

    fn flush(&mut self) -> Result<(), Error> {
        let s = core::str::from_utf8(&self.buf[..self.len]).map_err(|_| Error::Fmt)?;
        self.out.write_str(s)?;
        self.len = 0;
        Ok(())
    }
}

impl<A: Allocator + Clone> BigInt<A> {
    /// Python's `int(text, radix)` on ASCII text: radix 0 (prefix decides) or 2..=36, optional
    /// sign, `0x`/`0o`/`0b` prefix, single `_` between digits, surrounding ASCII whitespace.
    pub fn from_str_radix(text: &[u8], radix: u32, alloc: A) -> Result<Self, Error> {
        if radix == 1 || radix > 36 {
            return Err(Error::InvalidRadix);
        }
        let start = text
            .iter()
            .position(|&c| !is_space(c))
            .unwrap_or(text.len());
        let end = text
            .iter()
            .rposition(|&c| !is_space(c))
            .map_or(start, |i| i + 1);
        let mut s = &text[start..end];
        let neg = s.first() == Some(&b'-');
        if let [b'+' | b'-', rest @ ..] = s {
            s = rest;
        }
        let given = radix;
        let (s, radix, prefixed) = strip_prefix(s, radix);
        let s = match s {
            [b'_', rest @ ..] if prefixed => rest,
            _ => s,
        };
        // Base 0 forbids leading zeros on a non-zero decimal ("010").
        let check_zeros = given == 0 && !prefixed && s.first() == Some(&b'0');
        let (k, big) = chunk(radix);
        let bits_per_digit = (32 - (radix - 1).leading_zeros()) as usize;
        let cap = s.len().saturating_mul(bits_per_digit) / 32 + 1;
        let mut mag: Limbs<A> = limbs::with_capacity(cap, alloc)?;
        let (mut acc, mut count, mut prev_digit, mut any) = (0u32, 0usize, false, false);
        for &c in s {
            if c == b'_' {
                if !prev_digit {
                    return Err(Error::InvalidLiteral);
                }
                prev_digit = false;
                continue;
            }
            let d = digit_value(c)
                .filter(|&d| d < radix)
                .ok_or(Error::InvalidLiteral)?;
            if check_zeros && d != 0 {
                return Err(Error::InvalidLiteral);
            }
            prev_digit = true;
            any = true;
            acc = acc * radix + d;
            count += 1;
            if count == k {
                limbs::mul_add_small(&mut mag, big, acc)?;
                (acc, count) = (0, 0);
            }
        }
        if !any || !prev_digit {
            return Err(Error::InvalidLiteral);
        }
        if count > 0 {
            limbs::mul_add_small(&mut mag, radix.pow(count as u32), acc)?;
        }
        Ok(Self::from_parts(neg, mag))
    }

    /// An upper bound on the characters `to_str_radix(radix)` writes (sign included).
    pub fn max_str_len(&self, radix: u32) -> usize {
        let per_digit = 31 - radix.clamp(2, 36).leading_zeros();
        (self.bit_length() / per_digit as u64) as usize + 2
    }

    /// Writes the value in `radix` (2..=36, lowercase letters, `-` sign, no prefix).
    pub fn to_str_radix<W: fmt::Write + ?Sized>(
        &self,
        radix: u32,
        out: &mut W,
    ) -> Result<(), Error> {
        if !(2..=36).contains(&radix) {
            return Err(Error::InvalidRadix);
        }
        if self.neg {
            out.write_char('-')?;
        }
        self.write_digits(radix, out)
    }

    /// Writes the magnitude's digits in `radix` (2..=36).
    pub(crate) fn write_digits<W: fmt::Write + ?Sized>(
        &self,
        radix: u32,
        out: &mut W,
    ) -> Result<(), Error> {
        let mut buf = DigitBuf {
            out,
            buf: [0; 64],
            len: 0,
        };
        if self.is_zero() {
            buf.put(b'0')?;
        } else if radix.is_power_of_two() {
            self.digits_pow2(radix.trailing_zeros() as u64, &mut buf)?;
        } else {
            self.digits_chunked(radix, &mut buf)?;
        }
        buf.flush()
    }

    /// Digits for a radix of `2^k`: read straight from the bits, most significant first.
    fn digits_pow2<W: fmt::Write + ?Sized>(
        &self,
        k: u64,
        buf: &mut DigitBuf<'_, W>,
    ) -> Result<(), Error> {
        let ndigits = self.bit_length().div_ceil(k);
        let mask = (1u64 << k) - 1;
        for d in (0..ndigits).rev() {
            let off = d * k;
            let (idx, sh) = ((off / 32) as usize, off % 32);
            let lo = self.mag.get(idx).map_or(0, |&x| x as u64);
            let hi = self.mag.get(idx + 1).map_or(0, |&x| x as u64);
            buf.put(digit_char(((((hi << 32) | lo) >> sh) & mask) as u32))?;
        }
        Ok(())
    }

    /// Digits for other radices: repeated division by the largest power of the radix in a limb.
    fn digits_chunked<W: fmt::Write + ?Sized>(
        &self,
        radix: u32,
        buf: &mut DigitBuf<'_, W>,
    ) -> Result<(), Error> {
        let (k, big) = chunk(radix);
        let n = self.mag.len();
        // Each chunk removes at least floor(log2(big)) bits.
        let per_chunk = 31 - big.leading_zeros() as usize;
        let chunks = n.saturating_mul(32) / per_chunk + 1;
        // Layout: [quotient (n limbs) | chunks, least significant first].
        let mut scratch = limbs::copy_of(&self.mag, chunks, self.alloc())?;
        let mut len = n;
        while len > 0 {
            // Decimal is the common case: a constant divisor compiles to multiplications.
            let r = if radix == 10 {
                limbs::div_rem_small(&mut scratch[..len], 1_000_000_000)
            } else {
                limbs::div_rem_small(&mut scratch[..len], big)
            };
            while len > 0 && scratch[len - 1] == 0 {
                len -= 1;
            }
            limbs::push(&mut scratch, r)?;
        }
        let mut digits = [0u8; 32];
        for (i, &c) in scratch[n..].iter().rev().enumerate() {
            let mut c = c;
            for slot in digits[..k].iter_mut().rev() {
                *slot = digit_char(c % radix);
                c /= radix;
            }
            // The most significant chunk is printed without its leading zeros.
            let skip = if i == 0 {
                digits[..k - 1].iter().take_while(|&&d| d == b'0').count()
            } else {
                0
            };
            for &d in &digits[skip..k] {
                buf.put(d)?;
            }
        }
        Ok(())
    }
}
