//! quickcheck properties: every operation against `i128` arithmetic, and identities on
//! large random values.

use super::*;
use crate::bignum::{Error, HASH_MODULUS, hash_small, limbs};
use alloc::vec::Vec;
use quickcheck::{Arbitrary, Gen, QuickCheck, TestResult};

/// Runs a property with the given number of cases.
fn check<P: quickcheck::Testable>(cases: u64, p: P) {
    QuickCheck::new().tests(cases).quickcheck(p);
}

/// A signed value with up to a few hundred limbs, biased toward edge-case limbs.
#[derive(Clone, Debug)]
struct Wide(bool, Vec<u32>);

impl Arbitrary for Wide {
    fn arbitrary(g: &mut Gen) -> Self {
        let len = usize::arbitrary(g) % (g.size() * 2 + 1);
        let style = u8::arbitrary(g) % 4;
        let limbs = (0..len)
            .map(|_| match (style, u8::arbitrary(g) % 4) {
                (0, _) | (_, 0) => u32::arbitrary(g),
                (_, 1) => u32::MAX,
                (_, 2) => 0,
                _ => *g.choose(&[1, 0x8000_0000, 0x7fff_ffff]).unwrap(),
            })
            .collect();
        Wide(bool::arbitrary(g), limbs)
    }
}

impl Wide {
    fn big(&self) -> Big {
        Big::from_limbs(self.0, &self.1, Global).unwrap()
    }
}

/// Reference schoolbook product of magnitudes (normalised).
fn ref_mul(a: &[u32], b: &[u32]) -> Vec<u32> {
    let mut out = alloc::vec![0u32; a.len() + b.len()];
    for (i, &x) in a.iter().enumerate() {
        let mut carry = 0u64;
        for (j, &y) in b.iter().enumerate() {
            let t = x as u64 * y as u64 + out[i + j] as u64 + carry;
            out[i + j] = t as u32;
            carry = t >> 32;
        }
        out[i + b.len()] = carry as u32;
    }
    limbs::trim(&out).to_vec()
}

#[test]
fn arithmetic_matches_i128() {
    fn prop(a: i64, b: i64, c: i128) -> bool {
        let (x, y) = (a as i128, b as i128);
        let (ba, bb) = (b128(x), b128(y));
        let h = c >> 1;
        ba.add(&bb).unwrap().to_i128() == Some(x + y)
            && ba.sub(&bb).unwrap().to_i128() == Some(x - y)
            && ba.mul(&bb).unwrap().to_i128() == Some(x * y)
            && b128(h).add(&b128(x)).unwrap().to_i128() == Some(h + x)
            && b128(h).sub(&b128(x)).unwrap().to_i128() == Some(h - x)
            && b128(h).add_small(b).unwrap().to_i128() == Some(h + y)
            && b128(h).sub_small(b).unwrap().to_i128() == Some(h - y)
            && ba.mul_small(b).unwrap().to_i128() == Some(x * y)
            && ba.neg().unwrap().to_i128() == Some(-x)
            && b128(c).abs().unwrap().to_i128() == c.checked_abs()
            && b128(c).abs().unwrap().to_u64().is_some() == (c.unsigned_abs() <= u64::MAX as u128)
            && ba.cmp(&bb) == x.cmp(&y)
            && b128(c).cmp(&b128(x)) == c.cmp(&x)
            && b128(c).cmp_small(b) == c.cmp(&y)
            && (ba == bb) == (a == b)
            && ba.to_i64() == Some(a)
            && b128(c).to_i64() == i64::try_from(c).ok()
    }
    check(2000, prop as fn(i64, i64, i128) -> bool);
}

#[test]
fn division_matches_i128() {
    fn prop(a: i128, b: i64, wide_b: i128) -> TestResult {
        if b == 0 || wide_b == 0 || (a == i128::MIN && wide_b == -1) {
            return TestResult::discard();
        }
        let (q, r) = py_divmod(a, b as i128);
        let (bq, br) = b128(a).divmod(&b128(b as i128)).unwrap();
        let (sq, sr) = b128(a).divmod_small(b).unwrap();
        let (wq, wr) = py_divmod(a, wide_b);
        let (bwq, bwr) = b128(a).divmod(&b128(wide_b)).unwrap();
        TestResult::from_bool(
            bq.to_i128() == Some(q)
                && br.to_i128() == Some(r)
                && sq.to_i128() == Some(q)
                && sr as i128 == r
                && bwq.to_i128() == Some(wq)
                && bwr.to_i128() == Some(wr)
                && b128(a).floor_div(&b128(wide_b)).unwrap().to_i128() == Some(wq)
                && b128(a).modulo(&b128(wide_b)).unwrap().to_i128() == Some(wr),
        )
    }
    check(2000, prop as fn(i128, i64, i128) -> TestResult);
}

#[test]
fn pow_matches_i128() {
    fn prop(base: i16, exp: u8, b: i64, e: u16, m: i64) -> TestResult {
        let exp = (exp % 9) as u32;
        let got = b128(base as i128).pow(&b128(exp as i128)).unwrap();
        if got.to_i128() != Some((base as i128).pow(exp)) {
            return TestResult::failed();
        }
        if m == 0 {
            return TestResult::discard();
        }
        // Reference square-and-multiply modulo |m|, then Python's sign rule.
        let mm = m.unsigned_abs() as u128;
        let mut acc = 1 % mm;
        let bb = (b as i128).rem_euclid(mm as i128) as u128;
        for i in (0..16).rev() {
            acc = acc * acc % mm;
            if (e >> i) & 1 != 0 {
                acc = acc * bb % mm;
            }
        }
        let expect = if m < 0 && acc != 0 {
            acc as i128 + m as i128
        } else {
            acc as i128
        };
        let got = b128(b as i128)
            .pow_mod(&b128(e as i128), &b128(m as i128))
            .unwrap();
        TestResult::from_bool(got.to_i128() == Some(expect))
    }
    check(1000, prop as fn(i16, u8, i64, u16, i64) -> TestResult);
}

#[test]
fn shifts_and_bits_match_i128() {
    fn prop(a: i128, b: i128, s: i64, n: u8) -> bool {
        let n = n as usize;
        let shl_ok = n >= 64 || b128(s as i128).shl(n).unwrap().to_i128() == Some((s as i128) << n);
        let shr_ref = if n >= 128 { a >> 127 } else { a >> n };
        shl_ok
            && b128(a).shr(n).unwrap().to_i128() == Some(shr_ref)
            && b128(a).and(&b128(b)).unwrap().to_i128() == Some(a & b)
            && b128(a).or(&b128(b)).unwrap().to_i128() == Some(a | b)
            && b128(a).xor(&b128(b)).unwrap().to_i128() == Some(a ^ b)
            && b128(a).not().unwrap().to_i128() == Some(!a)
            && b128(a).bit_length() == (128 - a.unsigned_abs().leading_zeros()) as u64
    }
    check(2000, prop as fn(i128, i128, i64, u8) -> bool);
}

#[test]
fn conversions_match_i128() {
    fn prop(a: i128, x: f64, bits: u8, radix: u8) -> bool {
        let v = b128(a);
        let bits = (bits % 65) as u32;
        let fits = bits > 0 && bits <= usize::BITS && {
            let lim = 1i128 << (bits - 1);
            a >= -lim && a < lim
        };
        let from_f = if x.is_finite() && x.abs() < 1e38 {
            Big::from_f64(x, Global).unwrap().to_i128() == Some(x as i128)
        } else {
            Big::from_f64(x, Global).is_ok() == x.is_finite()
        };
        let radix = 2 + (radix % 35) as u32;
        let s = text(&v, radix);
        let mut le = [0u8; 16];
        let mut be = [0u8; 16];
        v.to_bytes(&mut le, true, true).unwrap();
        v.to_bytes(&mut be, false, true).unwrap();
        let h = (a.unsigned_abs() % HASH_MODULUS as u128) as isize;
        let h = if a < 0 { -h } else { h };
        v.to_f64() == Ok(a as f64)
            && v.to_f32() == Ok(a as f32)
            && v.fits_in_small(bits) == if fits { Some(a as isize) } else { None }
            && from_f
            && s == ref_text(a, radix)
            && s.len() <= v.max_str_len(radix)
            && Big::from_str_radix(s.as_bytes(), radix, Global).unwrap() == v
            && le == a.to_le_bytes()
            && be == a.to_be_bytes()
            && Big::from_bytes(&le, true, true, Global).unwrap() == v
            && Big::from_bytes(&be, false, true, Global).unwrap() == v
            && Big::from_bytes(&be, false, false, Global).unwrap()
                == Big::from_u128(a as u128, Global).unwrap()
            && v.hash() == if h == -1 { -2 } else { h }
            && (isize::try_from(a).map_or(true, |s| hash_small(s) == v.hash()))
    }
    check(2000, prop as fn(i128, f64, u8, u8) -> bool);
}

#[test]
fn wide_mul_div_identities() {
    fn prop(a: Wide, b: Wide) -> TestResult {
        let (x, y) = (a.big(), b.big());
        let p = x.mul(&y).unwrap();
        if p.magnitude() != ref_mul(x.magnitude(), y.magnitude()).as_slice() {
            return TestResult::error("product differs from schoolbook reference");
        }
        if p.is_negative() != (x.is_negative() != y.is_negative()) && !p.is_zero() {
            return TestResult::error("product sign");
        }
        if y.is_zero() {
            return TestResult::from_bool(x.divmod(&y).err() == Some(Error::ZeroDivision));
        }
        let back = p.floor_div(&y).unwrap();
        let (q, r) = x.divmod(&y).unwrap();
        let recon = q.mul(&y).unwrap().add(&r).unwrap();
        let r_ok = r.is_zero() || (r.is_negative() == y.is_negative());
        let small = r.abs().unwrap() < y.abs().unwrap();
        let sum = x.add(&y).unwrap().sub(&y).unwrap();
        TestResult::from_bool(back == x && recon == x && r_ok && small && sum == x)
    }
    QuickCheck::new()
        .rng(Gen::new(150))
        .tests(300)
        .quickcheck(prop as fn(Wide, Wide) -> TestResult);
}

#[test]
fn wide_round_trips_and_bits() {
    fn prop(a: Wide, b: Wide, n: u16, radix: u8) -> bool {
        let (x, y) = (a.big(), b.big());
        let n = n as usize % 300;
        let radix = 2 + (radix % 35) as u32;
        let s = text(&x, radix);
        let len = x.bit_length() as usize / 8 + 1;
        let mut buf = alloc::vec![0u8; len];
        let bytes_ok = x.to_bytes(&mut buf, false, true).is_ok()
            && Big::from_bytes(&buf, false, true, Global).unwrap() == x;
        let pow2 = b128(1).shl(n).unwrap();
        let and = x.and(&y).unwrap();
        let or = x.or(&y).unwrap();
        Big::from_str_radix(s.as_bytes(), radix, Global).unwrap() == x
            && text(&x, 10) == alloc::format!("{x}")
            && bytes_ok
            && x.shl(n).unwrap().shr(n).unwrap() == x
            && x.shl(n).unwrap() == x.mul(&pow2).unwrap()
            && x.shr(n).unwrap() == x.floor_div(&pow2).unwrap()
            && x.xor(&y).unwrap().xor(&y).unwrap() == x
            && and.add(&or).unwrap() == x.add(&y).unwrap()
            && x.not().unwrap().not().unwrap() == x
            && x.and(&x.not().unwrap()).unwrap().is_zero()
            && x.xor(&y).unwrap() == or.sub(&and).unwrap()
            && x.hash()
                == x.modulo(&Big::from_u64(HASH_MODULUS, Global).unwrap())
                    .unwrap()
                    .to_i64()
                    .map(|m| {
                        let h = if x.is_negative() && m != 0 {
                            m - HASH_MODULUS as i64
                        } else {
                            m
                        } as isize;
                        if h == -1 { -2 } else { h }
                    })
                    .unwrap()
    }
    QuickCheck::new()
        .rng(Gen::new(100))
        .tests(300)
        .quickcheck(prop as fn(Wide, Wide, u16, u8) -> bool);
}

#[test]
fn hash_reduction_both_word_sizes() {
    fn prop(a: Wide, small: i64) -> bool {
        let x = a.big();
        [31u32, 61].iter().all(|&bits| {
            let m = Big::from_u64((1 << bits) - 1, Global).unwrap();
            let expect = x.abs().unwrap().modulo(&m).unwrap().to_u64();
            let (l, n) = limbs::from_u64(small.unsigned_abs());
            let small_expect = small.unsigned_abs() % ((1 << bits) - 1);
            expect == Some(crate::bignum::hash::mag_mod(x.magnitude(), bits))
                && crate::bignum::hash::mag_mod(&l[..n], bits) == small_expect
        })
    }
    check(300, prop as fn(Wide, i64) -> bool);
}
