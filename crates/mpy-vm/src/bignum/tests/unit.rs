//! Known values, checked against CPython.

use super::*;
use crate::bignum::{Error, HASH_BITS, hash_small};
use core::cmp::Ordering;

fn factorial(n: u32) -> Big {
    let mut f = b128(1);
    for i in 2..=n {
        f = f.mul_small(i as i64).unwrap();
    }
    f
}

const FACT100: &str = "93326215443944152681699238856266700490715968264381621468592963895217599993229915608941463976156518286253697920827223758251185210916864000000000000000000000000";

#[test]
fn factorial_100() {
    let f = factorial(100);
    assert_eq!(text(&f, 10), FACT100);
    assert_eq!(
        text(&f, 16),
        "1b30964ec395dc24069528d54bbda40d16e966ef9a70eb21b5b2943a321cdf10391745570cca9420c6ecb3b72ed2ee8b02ea2735c61a000000000000000000000000"
    );
    assert_eq!(big(FACT100), f);
    // 100! / 99! == 100
    assert_eq!(f.floor_div(&factorial(99)).unwrap(), b128(100));
    if HASH_BITS == 61 {
        assert_eq!(f.hash(), 549389702849517455);
        assert_eq!(f.neg().unwrap().hash(), -549389702849517455);
    }
}

#[test]
fn karatsuba_factorial() {
    // Multiply two large factorials both ways: Karatsuba result vs the product of the parts.
    let a = factorial(700);
    let b = factorial(650);
    assert!(a.magnitude().len() > 100 && b.magnitude().len() > 100);
    let p = a.mul(&b).unwrap();
    let (q, r) = p.divmod(&b).unwrap();
    assert_eq!(q, a);
    assert!(r.is_zero());
    assert_eq!(p.mul(&b128(-1)).unwrap(), p.neg().unwrap());
}

#[test]
fn powers() {
    let two = b128(2);
    let p = two.pow(&b128(1000)).unwrap();
    assert_eq!(p.bit_length(), 1001);
    assert_eq!(p, b128(1).shl(1000).unwrap());
    let mut hex = alloc::string::String::from("1");
    for _ in 0..250 {
        hex.push('0');
    }
    assert_eq!(text(&p, 16), hex);
    let ten = b128(10);
    let t = ten.pow(&b128(100)).unwrap();
    let mut dec = alloc::string::String::from("1");
    for _ in 0..100 {
        dec.push('0');
    }
    assert_eq!(text(&t, 10), dec);
    assert_eq!(b128(-3).pow(&b128(3)).unwrap(), b128(-27));
    assert_eq!(b128(-2).pow(&b128(63)).unwrap(), b128(i64::MIN as i128));
    assert_eq!(
        b128(-1).pow(&big("1000000000000000000000001")).unwrap(),
        b128(-1)
    );
    assert_eq!(b128(0).pow(&b128(0)).unwrap(), b128(1));
    assert_eq!(b128(5).pow(&b128(-1)), Err(Error::NegativeExponent));
    assert_eq!(
        b128(2).pow(&big("100000000000000000000000")),
        Err(Error::NoMemory)
    );
}

#[test]
fn pow_mod_values() {
    let r = b128(3).pow_mod(
        &big("100000000000000000007"),
        &big("1000000000000000000000000000057"),
    );
    assert_eq!(text(&r.unwrap(), 10), "833722544651502183370455795997");
    assert_eq!(
        b128(-3).pow_mod(&b128(101), &b128(1000)).unwrap(),
        b128(997)
    );
    assert_eq!(
        b128(-3).pow_mod(&b128(101), &b128(-1000)).unwrap(),
        b128(-3)
    );
    assert_eq!(b128(7).pow_mod(&b128(0), &b128(-5)).unwrap(), b128(-4));
    assert_eq!(b128(7).pow_mod(&b128(0), &b128(1)).unwrap(), b128(0));
    assert_eq!(
        b128(7).pow_mod(&b128(1), &b128(0)),
        Err(Error::ZeroDivision)
    );
    assert_eq!(
        b128(7).pow_mod(&b128(-1), &b128(5)),
        Err(Error::NegativeExponent)
    );
}

#[test]
fn floor_division_table() {
    // (a, b, a // b, a % b) as Python computes them.
    let table: &[(i128, i128, i128, i128)] = &[
        (7, 2, 3, 1),
        (-7, 2, -4, 1),
        (7, -2, -4, -1),
        (-7, -2, 3, -1),
        (6, -3, -2, 0),
        (-6, 3, -2, 0),
        (0, -5, 0, 0),
        (1, -(1 << 100), -1, 1 - (1 << 100)),
        (-1, 1 << 100, -1, (1 << 100) - 1),
    ];
    for &(a, b, q, r) in table {
        let (bq, br) = b128(a).divmod(&b128(b)).unwrap();
        assert_eq!(
            (bq.to_i128(), br.to_i128()),
            (Some(q), Some(r)),
            "{a} divmod {b}"
        );
        assert_eq!(
            b128(a)
                .divmod_small(b as i64)
                .map(|(q, r)| (q.to_i128(), r))
                .ok(),
            i64::try_from(b).ok().map(|_| (Some(q), r as i64))
        );
    }
    let a = big("-1000000000000000000000000000000");
    let (q, r) = a.divmod(&b128(7)).unwrap();
    assert_eq!(
        (text(&q, 10).as_str(), r.to_i64()),
        ("-142857142857142857142857142858", Some(6))
    );
    let d = b128(1_000_000_000_000_003);
    let (q, r) = a.neg().unwrap().divmod(&d.neg().unwrap()).unwrap();
    assert_eq!(
        (q.to_i64(), r.to_i64()),
        (Some(-999999999999998), Some(-999999999999994))
    );
    let (q, r) = a.divmod(&d.neg().unwrap()).unwrap();
    assert_eq!((q.to_i64(), r.to_i64()), (Some(999999999999997), Some(-9)));
    assert_eq!(a.divmod(&b128(0)).err(), Some(Error::ZeroDivision));
    assert_eq!(a.floor_div(&b128(0)).err(), Some(Error::ZeroDivision));
    assert_eq!(a.modulo(&b128(0)).err(), Some(Error::ZeroDivision));
    assert_eq!(a.divmod_small(0).err(), Some(Error::ZeroDivision));
    assert_eq!(
        b128(i64::MIN as i128).divmod_small(-1).unwrap().0,
        b128(1 << 63)
    );
}

#[test]
fn bit_operations_on_negatives() {
    let p100 = b128(1 << 100);
    assert_eq!(b128(-5).and(&b128(3)).unwrap(), b128(3));
    assert_eq!(b128(-5).or(&b128(3)).unwrap(), b128(-5));
    assert_eq!(b128(-5).xor(&b128(3)).unwrap(), b128(-8));
    assert_eq!(b128(-5).not().unwrap(), b128(4));
    assert_eq!(p100.not().unwrap(), b128(-(1 << 100) - 1));
    assert_eq!(
        p100.neg().unwrap().and(&b128((1 << 65) - 1)).unwrap(),
        b128(0)
    );
    let m = b128(-(1 << 100) - 7);
    assert_eq!(
        m.or(&b128(12345)).unwrap(),
        b128(-1267650600228229401496703205383)
    );
    assert_eq!(
        m.xor(&b128(-(1 << 64) - 3)).unwrap(),
        b128(1267650600246676145570412756996)
    );
    assert_eq!(b128(-(1 << 100) - 1).shr(99).unwrap(), b128(-3));
    assert_eq!(p100.neg().unwrap().shr(100).unwrap(), b128(-1));
    assert_eq!(p100.neg().unwrap().shr(1000).unwrap(), b128(-1));
    assert_eq!(p100.shr(1000).unwrap(), b128(0));
    assert_eq!(b128(-7).shr(1).unwrap(), b128(-4));
    assert_eq!(b128(-1).shl(100).unwrap(), p100.neg().unwrap());
    assert_eq!(b128(0).shl(usize::MAX).unwrap(), b128(0));
    assert!(b128(1).shl(usize::MAX).is_err());
    assert_eq!(b128(0).bit_length(), 0);
    assert_eq!(b128(-(1 << 100)).bit_length(), 101);
}

#[test]
fn parse_and_print_bases() {
    let cases: &[(&str, u32, i128)] = &[
        ("0x_1f", 16, 31),
        ("0_1", 16, 1),
        ("00", 0, 0),
        ("0_0", 0, 0),
        ("0x1f", 0, 31),
        (" -0b101 ", 0, -5),
        ("0b1", 16, 0xb1),
        ("\x0b12\x0c", 10, 12),
        ("0B1", 2, 1),
        ("0o17", 8, 15),
        ("0O17", 8, 15),
        ("017", 8, 15),
        ("Zz", 36, 35 * 36 + 35),
        ("-0", 10, 0),
        ("+1_000_000", 10, 1_000_000),
        ("zzzzzzzzzzzzzzzzzzzz", 36, 13367494538843734067838845976575),
        ("-170141183460469231731687303715884105728", 10, i128::MIN),
    ];
    for &(s, r, v) in cases {
        assert_eq!(
            Big::from_str_radix(s.as_bytes(), r, Global)
                .unwrap()
                .to_i128(),
            Some(v),
            "{s:?}"
        );
    }
    let bad: &[(&str, u32)] = &[
        ("0x", 16),
        ("010", 0),
        ("- 5", 10),
        ("+_5", 10),
        ("5_", 10),
        ("5__5", 10),
        ("\x1c12", 10),
        ("0x_", 16),
        ("_1", 10),
        ("0o", 8),
        ("0_x1", 16),
        ("", 10),
        ("  ", 10),
        ("-", 10),
        ("12a", 10),
        ("2", 2),
        ("1.5", 10),
    ];
    for &(s, r) in bad {
        assert_eq!(
            Big::from_str_radix(s.as_bytes(), r, Global).err(),
            Some(Error::InvalidLiteral),
            "{s:?}"
        );
    }
    assert_eq!(
        Big::from_str_radix(b"1", 1, Global).err(),
        Some(Error::InvalidRadix)
    );
    assert_eq!(
        Big::from_str_radix(b"1", 37, Global).err(),
        Some(Error::InvalidRadix)
    );
    let v = b128((1 << 100) + 12345);
    assert_eq!(text(&v, 8), "2000000000000000000000000000030071");
    assert_eq!(
        text(&b128(-(1 << 70) - 5), 2),
        "-10000000000000000000000000000000000000000000000000000000000000000000101"
    );
    assert_eq!(text(&b128(-35), 36), "-z");
    assert_eq!(text(&b128(0), 7), "0");
    assert_eq!(text(&b128(1_000_000_000), 10), "1000000000");
    assert_eq!(
        text(&b128(-1_000_000_000_000_000_000), 10),
        "-1000000000000000000"
    );
    assert_eq!(
        b128(0).to_str_radix(1, &mut alloc::string::String::new()),
        Err(Error::InvalidRadix)
    );
    assert_eq!(alloc::format!("{:?}", b128(-255)), "BigInt(-0xff)");
    let f = factorial(300);
    for r in 2..=36 {
        let s = text(&f.neg().unwrap(), r);
        assert!(s.len() <= f.max_str_len(r));
        assert_eq!(
            Big::from_str_radix(s.as_bytes(), r, Global).unwrap(),
            f.neg().unwrap()
        );
    }
}

#[test]
fn float_conversions() {
    let f = |v: i128| b128(v).to_f64().unwrap();
    assert_eq!(f((1 << 53) + 1), 9007199254740992.0);
    assert_eq!(f((1 << 53) + 3), 9007199254740996.0);
    assert_eq!(f((1 << 80) + (1 << 27)), 1.2089258196146292e+24);
    assert_eq!(f((1 << 80) + (1 << 27) + 1), 1.2089258196146294e+24);
    assert_eq!(b128(1).shl(1024).unwrap().to_f64(), Err(Error::Overflow));
    assert_eq!(b128(1).shl(1023).unwrap().to_f64(), Ok(2f64.powi(1023)));
    let one = b128(1);
    let max = one.shl(1024).unwrap().sub(&one.shl(970).unwrap()).unwrap();
    assert_eq!(max.to_f64(), Err(Error::Overflow));
    assert_eq!(max.sub_small(1).unwrap().to_f64(), Ok(f64::MAX));
    assert_eq!(
        max.neg().unwrap().add_small(1).unwrap().to_f64(),
        Ok(-f64::MAX)
    );
    assert_eq!(
        b128(3).shl(1022).unwrap().to_f64(),
        Ok(1.348269851146737e+308)
    );
    assert_eq!(b128((1 << 24) + 1).to_f32(), Ok(16777216.0));
    assert_eq!(one.shl(128).unwrap().to_f32(), Err(Error::Overflow));
    assert_eq!(
        Big::from_f64(f64::NAN, Global).err(),
        Some(Error::NotANumber)
    );
    assert_eq!(
        Big::from_f64(f64::INFINITY, Global).err(),
        Some(Error::Overflow)
    );
    assert_eq!(Big::from_f64(-2.9, Global).unwrap(), b128(-2));
    assert_eq!(Big::from_f64(-0.9, Global).unwrap(), b128(0));
    assert!(!Big::from_f64(-0.9, Global).unwrap().is_negative());
    assert_eq!(
        Big::from_f64(f64::MAX, Global).unwrap(),
        max.sub(&one.shl(971).unwrap())
            .unwrap()
            .add(&one.shl(970).unwrap())
            .unwrap()
    );
    assert_eq!(Big::from_f32(1e20, Global).unwrap(), b128(1e20f32 as i128));
}

#[test]
fn bytes_and_small() {
    let mut out = [0u8; 2];
    b128(-129).to_bytes(&mut out, false, true).unwrap();
    assert_eq!(out, [0xff, 0x7f]);
    let mut out = [0u8; 8];
    b128(u64::MAX as i128)
        .to_bytes(&mut out, true, false)
        .unwrap();
    assert_eq!(out, [0xff; 8]);
    b128(i64::MIN as i128)
        .to_bytes(&mut out, false, true)
        .unwrap();
    assert_eq!(out, [0x80, 0, 0, 0, 0, 0, 0, 0]);
    assert_eq!(
        b128(u64::MAX as i128).to_bytes(&mut out, true, true),
        Err(Error::Overflow)
    );
    assert_eq!(
        b128(i64::MIN as i128 - 1).to_bytes(&mut out, true, true),
        Err(Error::Overflow)
    );
    assert_eq!(
        b128(-1).to_bytes(&mut out, true, false),
        Err(Error::Overflow)
    );
    assert_eq!(b128(0).to_bytes(&mut [], true, true), Ok(()));
    assert_eq!(b128(-1).to_bytes(&mut [], true, true), Err(Error::Overflow));
    assert_eq!(
        Big::from_bytes(&[0x80, 0], false, true, Global).unwrap(),
        b128(-32768)
    );
    assert_eq!(Big::from_bytes(&[], false, true, Global).unwrap(), b128(0));
    assert_eq!(
        Big::from_bytes(&[0xff, 0xff, 0xff, 0xff, 0xff], true, true, Global).unwrap(),
        b128(-1)
    );
    assert_eq!(b128(1 << 62).fits_in_small(64), Some(1 << 62));
    assert_eq!(b128(1 << 62).fits_in_small(63), None);
    assert_eq!(b128(-(1 << 62)).fits_in_small(63), Some(-(1 << 62)));
    assert_eq!(b128(-(1 << 30)).fits_in_small(31), Some(-(1 << 30)));
    assert_eq!(b128(1 << 30).fits_in_small(31), None);
    assert_eq!(b128(5).fits_in_small(0), None);
    assert_eq!(b128(i64::MIN as i128).to_i64(), Some(i64::MIN));
    assert_eq!(b128(i64::MAX as i128 + 1).to_i64(), None);
    assert_eq!(b128(i128::MIN).to_i128(), Some(i128::MIN));
    assert_eq!(b128(5).cmp_small(-7), Ordering::Greater);
    assert_eq!(b128(-(1 << 100)).cmp_small(i64::MIN), Ordering::Less);
    assert_eq!(b128(1 << 100).cmp(&b128(1 << 99)), Ordering::Greater);
    assert!(Big::zero(Global).is_zero() && Big::zero(Global).magnitude().is_empty());
    assert_eq!(b128(-3).add_small(3).unwrap().signum(), 0);
}

#[test]
fn hashes() {
    if HASH_BITS == 61 {
        let h = |v: i128| b128(v).hash();
        assert_eq!(h(-1), -2);
        assert_eq!(h((1 << 61) - 1), 0);
        assert_eq!(h(1 << 61), 1);
        assert_eq!(h((1 << 61) - 2), 2305843009213693950);
        assert_eq!(h(-(1 << 61) + 1), 0);
        assert_eq!(b128(1).shl(200).unwrap().hash(), 131072);
        assert_eq!(h(1 << 64), 8);
        assert_eq!(h(-(1 << 64) + 1), -7);
    }
    assert_eq!(hash_small(-1), -2);
    assert_eq!(hash_small(isize::MIN), b128(isize::MIN as i128).hash());
    assert_eq!(hash_small(12345), 12345);
}
