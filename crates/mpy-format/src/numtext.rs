//! Number texts of the constant table: float repr and decimal text of big integer literals.
//!
//! Shared by the compiler (which writes them) and the VM (which prints floats the same way).

use alloc::string::String;
use alloc::vec::Vec;
use core::fmt::Write;

/// Appends MicroPython's `repr` of a double (`1e+16`, `0.1`, `77.59999999999999`), as
/// mpy-cross writes float constants.
pub fn write_float_repr(out: &mut String, f: f64) {
    let mut b = Vec::new();
    crate::floattext::write_repr(&mut b, f);
    // The text is ASCII.
    out.extend(b.iter().map(|&c| char::from(c)));
}

/// MicroPython's `repr` of a double as a new string.
pub fn float_repr(f: f64) -> String {
    let mut s = String::new();
    write_float_repr(&mut s, f);
    s
}

/// Decimal text of an integer literal's `digits` in `base` (2..=36; `_` separators allowed).
///
/// Returns `None` if a character is not a digit of the base or there are no digits.
pub fn int_text_to_decimal(digits: &[u8], base: u32, negative: bool) -> Option<String> {
    // Little-endian limbs of 10^9, so the decimal text falls out limb by limb.
    const LIMB: u64 = 1_000_000_000;
    let mut limbs: Vec<u32> = Vec::new();
    let mut any = false;
    for &c in digits {
        if c == b'_' {
            continue;
        }
        let d = char::from(c).to_digit(base)?;
        any = true;
        let mut carry = u64::from(d);
        for l in limbs.iter_mut() {
            let v = u64::from(*l) * u64::from(base) + carry;
            *l = (v % LIMB) as u32;
            carry = v / LIMB;
        }
        while carry > 0 {
            limbs.push((carry % LIMB) as u32);
            carry /= LIMB;
        }
    }
    if !any {
        return None;
    }
    let mut s = String::new();
    match limbs.split_last() {
        None => s.push('0'),
        Some((top, rest)) => {
            if negative {
                s.push('-');
            }
            let _ = write!(s, "{top}");
            for l in rest.iter().rev() {
                let _ = write!(s, "{l:09}");
            }
        }
    }
    Some(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_as_mpy_cross_writes_them() {
        let cases: &[(f64, &str)] = &[
            (0.1, "0.1"),
            (1.0 / 3.0, "0.3333333333333333"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (123456789012345678.0, "1.2345678901234568e+17"),
            (1e-5, "1e-05"),
            (0.0001, "0.0001"),
            (2.5e-300, "2.5e-300"),
            (5e-324, "4.940656458412465e-324"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
            (0.30000000000000004, "0.30000000000000004"),
            (1e22, "1e+22"),
            (12345.678, "12345.678"),
            (9007199254740992.0, "9007199254740992.0"),
            (1.5e-7, "1.5e-07"),
            (100.0, "100.0"),
            (1e100, "1e+100"),
            (core::f64::consts::SQRT_2, "1.4142135623730951"),
            (0.000123456789, "0.000123456789"),
            (0.0, "0.0"),
            (-0.0, "-0.0"),
            (-1.5, "-1.5"),
            (6.0, "6.0"),
            (123456789.0, "123456789.0"),
            // Checked against MicroPython 1.29's repr.
            (29860594962301336.0, "2.9860594962301336e+16"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
        ];
        for &(f, text) in cases {
            assert_eq!(float_repr(f), text, "repr of {f:e}");
        }
    }

    #[test]
    fn int_literals_to_decimal() {
        assert_eq!(
            int_text_to_decimal(b"12345678901234567890", 10, false).unwrap(),
            "12345678901234567890"
        );
        assert_eq!(
            int_text_to_decimal(b"ffff_ffff_ffff_ffff_f", 16, true).unwrap(),
            "-295147905179352825855"
        );
        assert_eq!(int_text_to_decimal(b"0", 8, false).unwrap(), "0");
        assert_eq!(
            int_text_to_decimal(b"1000000000", 10, false).unwrap(),
            "1000000000"
        );
        assert_eq!(int_text_to_decimal(b"12", 2, false), None);
        assert_eq!(int_text_to_decimal(b"_", 10, false), None);
    }

    #[test]
    fn repr_reads_back_through_micropythons_parser_only() {
        // Found by the property below when it used Rust's parser: MicroPython prints
        // 7.75505823077622e-50 for this double, and reads that text back to it.
        let f = f64::from_bits(0x35bd_03de_bec8_c800);
        let s = float_repr(f);
        assert_eq!(s, "7.75505823077622e-50");
        assert_ne!(s.parse::<f64>(), Ok(f));
        assert_eq!(crate::floattext::parse_float_text(s.as_bytes()), Some(f));
    }

    quickcheck::quickcheck! {
        // MicroPython's repr is not always the shortest round-trip text for an exact parser
        // (its digits come from long-double arithmetic), but its own parser reads it back.
        fn float_repr_reads_back(f: f64) -> bool {
            f.is_nan() || crate::floattext::parse_float_text(float_repr(f).as_bytes()) == Some(f)
        }

        fn int_text_matches_u128(v: u64, w: u64) -> bool {
            let n = u128::from(v) << 64 | u128::from(w);
            let hex = alloc::format!("{n:x}");
            int_text_to_decimal(hex.as_bytes(), 16, false) == Some(alloc::format!("{n}"))
        }
    }
}
