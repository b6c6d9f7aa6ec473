//! Arbitrary-precision integers for constant folding (bytecode.md §13.2: folding uses
//! unbounded ints, as MicroPython's parser does with its mpz ints).
//!
//! Sign and magnitude, magnitude in little-endian 32-bit limbs without leading zero limbs;
//! zero has no limbs and is never negative. Everything allocates from the caller's allocator
//! and reports exhaustion as `MemoryError`. Results are capped at [`MAX_BITS`]: larger
//! values are not folded (MicroPython's mpy-cross runs out of heap long before).

use allocator_api2::alloc::Allocator;
use allocator_api2::vec::Vec;

use crate::ast::{BinOp, UnaryOp};
use crate::error::{CompileError, Result};

/// The largest result (in bits) that folding produces.
pub const MAX_BITS: u64 = 1 << 20;

/// A folded integer.
pub struct Big<A: Allocator + Clone> {
    neg: bool,
    mag: Vec<u32, A>,
}

fn oom() -> CompileError {
    CompileError::memory()
}

fn vec_with<A: Allocator + Clone>(n: usize, alloc: &A) -> Result<Vec<u32, A>> {
    let mut v = Vec::new_in(alloc.clone());
    v.try_reserve(n).map_err(|_| oom())?;
    v.resize(n, 0);
    Ok(v)
}

fn trim<A: Allocator>(v: &mut Vec<u32, A>) {
    while v.last() == Some(&0) {
        v.pop();
    }
}

fn cmp_mag(a: &[u32], b: &[u32]) -> core::cmp::Ordering {
    a.len()
        .cmp(&b.len())
        .then_with(|| a.iter().rev().cmp(b.iter().rev()))
}

fn add_mag<A: Allocator + Clone>(a: &[u32], b: &[u32], alloc: &A) -> Result<Vec<u32, A>> {
    let (a, b) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    let mut r = vec_with(a.len() + 1, alloc)?;
    let mut carry = 0u64;
    for i in 0..a.len() {
        let s = u64::from(a[i]) + u64::from(*b.get(i).unwrap_or(&0)) + carry;
        r[i] = s as u32;
        carry = s >> 32;
    }
    r[a.len()] = carry as u32;
    trim(&mut r);
    Ok(r)
}

/// `a - b` for `a >= b`.
fn sub_mag<A: Allocator + Clone>(a: &[u32], b: &[u32], alloc: &A) -> Result<Vec<u32, A>> {
    let mut r = vec_with(a.len(), alloc)?;
    let mut borrow = 0i64;
    for i in 0..a.len() {
        let d = i64::from(a[i]) - i64::from(*b.get(i).unwrap_or(&0)) - borrow;
        r[i] = d as u32;
        borrow = i64::from(d < 0);
    }
    trim(&mut r);
    Ok(r)
}

fn mul_mag<A: Allocator + Clone>(a: &[u32], b: &[u32], alloc: &A) -> Result<Vec<u32, A>> {
    if a.is_empty() || b.is_empty() {
        return Ok(Vec::new_in(alloc.clone()));
    }
    let mut r = vec_with(a.len() + b.len(), alloc)?;
    for (i, &x) in a.iter().enumerate() {
        let mut carry = 0u64;
        for (j, &y) in b.iter().enumerate() {
            let t = u64::from(x) * u64::from(y) + u64::from(r[i + j]) + carry;
            r[i + j] = t as u32;
            carry = t >> 32;
        }
        r[i + b.len()] = carry as u32;
    }
    trim(&mut r);
    Ok(r)
}

fn bits(m: &[u32]) -> u64 {
    match m.last() {
        None => 0,
        Some(&top) => (m.len() as u64 - 1) * 32 + u64::from(32 - top.leading_zeros()),
    }
}

/// Magnitude quotient and remainder (`b` non-zero), by shift-and-subtract.
fn divmod_mag<A: Allocator + Clone>(
    a: &[u32],
    b: &[u32],
    alloc: &A,
) -> Result<(Vec<u32, A>, Vec<u32, A>)> {
    if let [d] = *b {
        // One-limb divisor: schoolbook with 64-bit steps.
        let mut q = vec_with(a.len(), alloc)?;
        let mut rem = 0u64;
        for i in (0..a.len()).rev() {
            let cur = rem << 32 | u64::from(a[i]);
            q[i] = (cur / u64::from(d)) as u32;
            rem = cur % u64::from(d);
        }
        trim(&mut q);
        let mut r = vec_with(1, alloc)?;
        r[0] = rem as u32;
        trim(&mut r);
        return Ok((q, r));
    }
    let mut q = vec_with(a.len(), alloc)?;
    let mut r: Vec<u32, A> = vec_with(b.len() + 1, alloc)?;
    for bit in (0..bits(a)).rev() {
        // r = r << 1 | bit
        let mut carry = (a[(bit / 32) as usize] >> (bit % 32)) & 1;
        for limb in r.iter_mut() {
            let next = *limb >> 31;
            *limb = *limb << 1 | carry;
            carry = next;
        }
        let used = r.iter().rposition(|&x| x != 0).map_or(0, |p| p + 1);
        if cmp_mag(&r[..used], b) != core::cmp::Ordering::Less {
            let mut borrow = 0i64;
            for i in 0..r.len() {
                let d = i64::from(r[i]) - i64::from(*b.get(i).unwrap_or(&0)) - borrow;
                r[i] = d as u32;
                borrow = i64::from(d < 0);
            }
            q[(bit / 32) as usize] |= 1 << (bit % 32);
        }
    }
    trim(&mut q);
    trim(&mut r);
    Ok((q, r))
}

impl<A: Allocator + Clone> Big<A> {
    fn new(neg: bool, mag: Vec<u32, A>) -> Self {
        let neg = neg && !mag.is_empty();
        Big { neg, mag }
    }

    /// The value of an `i128`.
    pub fn from_i128(v: i128, alloc: &A) -> Result<Self> {
        let mut mag = vec_with(4, alloc)?;
        let u = v.unsigned_abs();
        for (i, limb) in mag.iter_mut().enumerate() {
            *limb = (u >> (32 * i)) as u32;
        }
        trim(&mut mag);
        Ok(Big::new(v < 0, mag))
    }

    /// Parses decimal digits with an optional leading `-`.
    pub fn from_decimal(text: &[u8], alloc: &A) -> Result<Self> {
        let (neg, digits) = match text.split_first() {
            Some((b'-', rest)) => (true, rest),
            _ => (false, text),
        };
        let mut mag: Vec<u32, A> = Vec::new_in(alloc.clone());
        for chunk in digits.chunks(9) {
            let mut mul = 1u64;
            let mut add = 0u64;
            for &c in chunk {
                mul *= 10;
                add = add * 10 + u64::from(c.wrapping_sub(b'0') % 10);
            }
            let mut carry = add;
            for limb in mag.iter_mut() {
                let t = u64::from(*limb) * mul + carry;
                *limb = t as u32;
                carry = t >> 32;
            }
            if carry != 0 {
                mag.try_reserve(1).map_err(|_| oom())?;
                mag.push(carry as u32);
            }
        }
        trim(&mut mag);
        Ok(Big::new(neg, mag))
    }

    /// The value as an `i128`, if it fits.
    pub fn to_i128(&self) -> Option<i128> {
        if self.mag.len() > 4 {
            return None;
        }
        let mut u: u128 = 0;
        for (i, &l) in self.mag.iter().enumerate() {
            u |= u128::from(l) << (32 * i);
        }
        if self.neg {
            0i128.checked_sub_unsigned(u)
        } else {
            i128::try_from(u).ok()
        }
    }

    /// Decimal text (with `-` if negative) appended to `out`.
    pub fn write_decimal(&self, out: &mut Vec<u8, A>, alloc: &A) -> Result<()> {
        let mut chunks: Vec<u32, A> = Vec::new_in(alloc.clone());
        let mut cur = self.mag.clone();
        while !cur.is_empty() {
            let mut rem = 0u64;
            for i in (0..cur.len()).rev() {
                let v = rem << 32 | u64::from(cur[i]);
                cur[i] = (v / 1_000_000_000) as u32;
                rem = v % 1_000_000_000;
            }
            trim(&mut cur);
            chunks.try_reserve(1).map_err(|_| oom())?;
            chunks.push(rem as u32);
        }
        out.try_reserve(chunks.len() * 9 + 2).map_err(|_| oom())?;
        if self.neg {
            out.push(b'-');
        }
        match chunks.split_last() {
            None => out.push(b'0'),
            Some((top, rest)) => {
                let mut buf = [0u8; 10];
                let mut n = 0;
                let mut t = *top;
                loop {
                    buf[n] = b'0' + (t % 10) as u8;
                    n += 1;
                    t /= 10;
                    if t == 0 {
                        break;
                    }
                }
                out.extend(buf[..n].iter().rev());
                for &c in rest.iter().rev() {
                    let mut d = [0u8; 9];
                    let mut t = c;
                    for k in (0..9).rev() {
                        d[k] = b'0' + (t % 10) as u8;
                        t /= 10;
                    }
                    out.extend_from_slice(&d);
                }
            }
        }
        Ok(())
    }

    /// The nearest double as MicroPython computes it (Horner over 32-bit limbs).
    pub fn to_f64(&self) -> f64 {
        let mut v = 0.0f64;
        for &l in self.mag.iter().rev() {
            v = v * 4_294_967_296.0 + f64::from(l);
        }
        if self.neg { -v } else { v }
    }

    fn is_zero(&self) -> bool {
        self.mag.is_empty()
    }

    fn add_signed(&self, other: &Self, negate_other: bool, alloc: &A) -> Result<Self> {
        let bneg = other.neg != negate_other && !other.is_zero();
        if self.neg == bneg {
            return Ok(Big::new(self.neg, add_mag(&self.mag, &other.mag, alloc)?));
        }
        match cmp_mag(&self.mag, &other.mag) {
            core::cmp::Ordering::Less => Ok(Big::new(bneg, sub_mag(&other.mag, &self.mag, alloc)?)),
            _ => Ok(Big::new(self.neg, sub_mag(&self.mag, &other.mag, alloc)?)),
        }
    }

    /// Floor division and modulo with Python's signs; `None` for a zero divisor.
    fn floor_divmod(&self, d: &Self, alloc: &A) -> Result<Option<(Self, Self)>> {
        if d.is_zero() {
            return Ok(None);
        }
        let (q, r) = divmod_mag(&self.mag, &d.mag, alloc)?;
        let mut q = Big::new(self.neg != d.neg, q);
        let mut r = Big::new(self.neg, r);
        if !r.is_zero() && self.neg != d.neg {
            // Round the quotient towards minus infinity; the remainder takes d's sign.
            let one = Big::from_i128(1, alloc)?;
            q = q.add_signed(&one, true, alloc)?;
            r = r.add_signed(d, false, alloc)?;
        }
        Ok(Some((q, r)))
    }

    /// Two's-complement limbs (`n` limbs, enough for the sign).
    fn twos(&self, n: usize, alloc: &A) -> Result<Vec<u32, A>> {
        let mut v = vec_with(n, alloc)?;
        v[..self.mag.len()].copy_from_slice(&self.mag);
        if self.neg {
            let mut carry = 1u64;
            for l in v.iter_mut() {
                let t = u64::from(!*l) + carry;
                *l = t as u32;
                carry = t >> 32;
            }
        }
        Ok(v)
    }

    fn from_twos(mut v: Vec<u32, A>) -> Self {
        let neg = v.last().is_some_and(|&t| t >> 31 == 1);
        if neg {
            let mut carry = 1u64;
            for l in v.iter_mut() {
                let t = u64::from(!*l) + carry;
                *l = t as u32;
                carry = t >> 32;
            }
        }
        trim(&mut v);
        Big::new(neg, v)
    }

    fn shift_left(&self, s: u64, alloc: &A) -> Result<Option<Self>> {
        if self.is_zero() {
            return Ok(Some(Big::new(false, Vec::new_in(alloc.clone()))));
        }
        if bits(&self.mag) + s > MAX_BITS {
            return Ok(None);
        }
        let (limbs, sh) = ((s / 32) as usize, (s % 32) as u32);
        let mut r = vec_with(self.mag.len() + limbs + 1, alloc)?;
        for (i, &l) in self.mag.iter().enumerate() {
            let w = u64::from(l) << sh;
            r[i + limbs] |= w as u32;
            r[i + limbs + 1] |= (w >> 32) as u32;
        }
        trim(&mut r);
        Ok(Some(Big::new(self.neg, r)))
    }

    fn shift_right(&self, s: u64, alloc: &A) -> Result<Self> {
        // Floor semantics: work on two's complement with sign fill.
        let n = self.mag.len() + 1;
        let v = self.twos(n, alloc)?;
        let fill = if self.neg { u32::MAX } else { 0 };
        let (limbs, sh) = ((s / 32) as usize, (s % 32) as u32);
        let mut r = vec_with(n, alloc)?;
        let get = |i: usize| v.get(i).copied().unwrap_or(fill);
        for (i, out) in r.iter_mut().enumerate() {
            let lo = u64::from(get(i + limbs));
            let hi = u64::from(get(i + limbs + 1));
            *out = ((hi << 32 | lo) >> sh) as u32;
        }
        Ok(Big::from_twos(r))
    }

    fn pow(&self, mut e: u64, alloc: &A) -> Result<Option<Self>> {
        if bits(&self.mag).saturating_mul(e) > MAX_BITS + 64 && bits(&self.mag) > 1 {
            return Ok(None);
        }
        let mut acc = Big::from_i128(1, alloc)?;
        let mut base = Big::new(self.neg, self.mag.clone());
        while e > 0 {
            if e & 1 == 1 {
                acc = Big::new(acc.neg != base.neg, mul_mag(&acc.mag, &base.mag, alloc)?);
            }
            e >>= 1;
            if e > 0 {
                base = Big::new(false, mul_mag(&base.mag, &base.mag, alloc)?);
            }
        }
        Ok(Some(acc))
    }
}

/// A number during big folding.
pub enum Val<A: Allocator + Clone> {
    /// An integer.
    Int(Big<A>),
    /// A float.
    Float(f64),
}

/// Applies a binary operator with Python semantics; `Ok(None)` when MicroPython would not
/// fold (the operation raises, gives a complex, or the result is too large).
pub fn binop<A: Allocator + Clone>(
    op: BinOp,
    a: &Val<A>,
    b: &Val<A>,
    alloc: &A,
) -> Result<Option<Val<A>>> {
    let (x, y) = match (a, b) {
        (Val::Int(x), Val::Int(y)) => (x, y),
        _ => {
            let f = |v: &Val<A>| match v {
                Val::Int(i) => i.to_f64(),
                Val::Float(f) => *f,
            };
            let r = crate::fold::binop(
                op,
                crate::fold::Num::Float(f(a)),
                crate::fold::Num::Float(f(b)),
            );
            return Ok(r.map(|n| match n {
                crate::fold::Num::Float(v) => Val::Float(v),
                crate::fold::Num::Int(v) => Val::Float(v as f64),
            }));
        }
    };
    let int = |b: Big<A>| Ok(Some(Val::Int(b)));
    match op {
        BinOp::Add => int(x.add_signed(y, false, alloc)?),
        BinOp::Sub => int(x.add_signed(y, true, alloc)?),
        BinOp::Mul => {
            if bits(&x.mag) + bits(&y.mag) > MAX_BITS {
                return Ok(None);
            }
            int(Big::new(x.neg != y.neg, mul_mag(&x.mag, &y.mag, alloc)?))
        }
        BinOp::FloorDiv => Ok(x.floor_divmod(y, alloc)?.map(|(q, _)| Val::Int(q))),
        BinOp::Mod => Ok(x.floor_divmod(y, alloc)?.map(|(_, r)| Val::Int(r))),
        BinOp::TrueDiv => {
            if y.is_zero() {
                return Ok(None);
            }
            Ok(Some(Val::Float(x.to_f64() / y.to_f64())))
        }
        BinOp::MatMul => Ok(None),
        BinOp::LShift | BinOp::RShift => {
            if y.neg {
                return Ok(None);
            }
            let s = y.to_i128().and_then(|v| u64::try_from(v).ok());
            match (op, s) {
                (BinOp::LShift, Some(s)) => Ok(x.shift_left(s, alloc)?.map(Val::Int)),
                (BinOp::LShift, None) => Ok(None),
                (_, s) => int(x.shift_right(s.unwrap_or(u64::MAX / 2), alloc)?),
            }
        }
        BinOp::Pow => {
            if y.neg {
                if x.is_zero() {
                    return Ok(None);
                }
                let r = crate::fold::binop(
                    BinOp::Pow,
                    crate::fold::Num::Float(x.to_f64()),
                    crate::fold::Num::Float(y.to_f64()),
                );
                return Ok(r.map(|n| match n {
                    crate::fold::Num::Float(v) => Val::Float(v),
                    crate::fold::Num::Int(v) => Val::Float(v as f64),
                }));
            }
            let e = y.to_i128().and_then(|v| u64::try_from(v).ok());
            match e {
                Some(e) => Ok(x.pow(e, alloc)?.map(Val::Int)),
                // 0, 1 and -1 to a huge power are small; anything else is too large.
                None => match x.to_i128() {
                    Some(0) => int(Big::from_i128(0, alloc)?),
                    Some(1) => int(Big::from_i128(1, alloc)?),
                    Some(-1) => {
                        let odd = y.mag.first().is_some_and(|l| l & 1 == 1);
                        int(Big::from_i128(if odd { -1 } else { 1 }, alloc)?)
                    }
                    _ => Ok(None),
                },
            }
        }
        BinOp::Or | BinOp::Xor | BinOp::And => {
            let n = x.mag.len().max(y.mag.len()) + 1;
            let (p, q) = (x.twos(n, alloc)?, y.twos(n, alloc)?);
            let mut r = vec_with(n, alloc)?;
            for i in 0..n {
                r[i] = match op {
                    BinOp::Or => p[i] | q[i],
                    BinOp::Xor => p[i] ^ q[i],
                    _ => p[i] & q[i],
                };
            }
            int(Big::from_twos(r))
        }
    }
}

/// Applies a unary operator; `Ok(None)` when not folded (`~` of a float).
pub fn unary<A: Allocator + Clone>(op: UnaryOp, a: Val<A>, alloc: &A) -> Result<Option<Val<A>>> {
    Ok(Some(match (op, a) {
        (UnaryOp::Pos, v) => v,
        (UnaryOp::Neg, Val::Int(b)) => Val::Int(Big::new(!b.neg, b.mag)),
        (UnaryOp::Neg, Val::Float(f)) => Val::Float(-f),
        (UnaryOp::Invert, Val::Int(b)) => {
            // ~x == -x - 1
            let one = Big::from_i128(1, alloc)?;
            Val::Int(Big::new(!b.neg, b.mag).add_signed(&one, true, alloc)?)
        }
        (UnaryOp::Invert, Val::Float(_)) => return Ok(None),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use allocator_api2::alloc::Global;

    fn big(s: &str) -> Val<Global> {
        Val::Int(Big::from_decimal(s.as_bytes(), &Global).unwrap())
    }

    fn text(v: &Option<Val<Global>>) -> std::string::String {
        match v {
            Some(Val::Int(b)) => {
                let mut out = Vec::new_in(Global);
                b.write_decimal(&mut out, &Global).unwrap();
                std::string::String::from_utf8(out.to_vec()).unwrap()
            }
            Some(Val::Float(f)) => std::format!("{f:?}"),
            None => "-".into(),
        }
    }

    fn op(o: BinOp, a: &str, b: &str) -> std::string::String {
        text(&binop(o, &big(a), &big(b), &Global).unwrap())
    }

    #[test]
    fn python_integer_semantics() {
        assert_eq!(
            op(BinOp::Pow, "10", "30"),
            "1000000000000000000000000000000"
        );
        assert_eq!(
            op(BinOp::Mul, "-18446744073709551616", "3"),
            "-55340232221128654848"
        );
        assert_eq!(
            op(BinOp::FloorDiv, "-100000000000000000000", "7"),
            "-14285714285714285715"
        );
        assert_eq!(op(BinOp::Mod, "-100000000000000000000", "7"), "5");
        assert_eq!(op(BinOp::Mod, "100000000000000000000", "-7"), "-5");
        assert_eq!(
            op(
                BinOp::FloorDiv,
                "340282366920938463463374607431768211456",
                "18446744073709551617"
            ),
            "18446744073709551615"
        );
        assert_eq!(
            op(BinOp::RShift, "-100000000000000000000", "3"),
            "-12500000000000000000"
        );
        assert_eq!(op(BinOp::RShift, "-1", "1000"), "-1");
        assert_eq!(op(BinOp::LShift, "-1", "70"), "-1180591620717411303424");
        assert_eq!(
            op(BinOp::And, "-36893488147419103232", "36893488147419103231"),
            "0"
        );
        assert_eq!(
            op(BinOp::Or, "-36893488147419103232", "5"),
            "-36893488147419103227"
        );
        assert_eq!(
            op(BinOp::Xor, "18446744073709551616", "-1"),
            "-18446744073709551617"
        );
        assert_eq!(
            op(BinOp::Sub, "5", "18446744073709551616"),
            "-18446744073709551611"
        );
        assert_eq!(op(BinOp::FloorDiv, "1", "0"), "-");
        assert_eq!(op(BinOp::MatMul, "1", "2"), "-");
        assert_eq!(
            op(BinOp::TrueDiv, "18446744073709551616", "4"),
            "4.611686018427388e18"
        );
        assert_eq!(op(BinOp::Pow, "2", "-1"), "0.5");
        let inv = unary(UnaryOp::Invert, big("18446744073709551616"), &Global).unwrap();
        assert_eq!(text(&inv), "-18446744073709551617");
    }

    #[test]
    fn decimal_round_trip() {
        for s in [
            "0",
            "-1",
            "4294967296",
            "-123456789012345678901234567890",
            "1000000000",
        ] {
            let mut out = Vec::new_in(Global);
            Big::from_decimal(s.as_bytes(), &Global)
                .unwrap()
                .write_decimal(&mut out, &Global)
                .unwrap();
            assert_eq!(&out[..], s.as_bytes());
        }
        assert_eq!(
            Big::from_i128(i128::MIN, &Global).unwrap().to_i128(),
            Some(i128::MIN)
        );
    }

    #[test]
    fn huge_results_are_not_folded() {
        assert_eq!(op(BinOp::Pow, "10", "100000000"), "-");
        assert_eq!(op(BinOp::LShift, "1", "100000000000"), "-");
        assert_eq!(op(BinOp::Pow, "1", "100000000000000000000000"), "1");
    }
}
