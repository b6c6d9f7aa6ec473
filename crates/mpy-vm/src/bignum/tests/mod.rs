//! Tests of the big-integer module: known values, properties against `i128`, allocation failure.

mod fail_alloc;
mod props;
mod unit;

use super::BigInt;
use alloc::string::String;
use allocator_api2::alloc::Global;
use core::fmt::Write;

/// A big integer with the global allocator.
type Big = BigInt<Global>;

/// Parses decimal text (panics on bad test input).
fn big(s: &str) -> Big {
    Big::from_str_radix(s.as_bytes(), 10, Global).unwrap()
}

/// The value of an `i128`.
fn b128(v: i128) -> Big {
    Big::from_i128(v, Global).unwrap()
}

/// The text of `x` in `radix`.
fn text(x: &Big, radix: u32) -> String {
    let mut s = String::new();
    x.to_str_radix(radix, &mut s).unwrap();
    s
}

/// `v` written in `radix` by a simple reference routine.
fn ref_text(v: i128, radix: u32) -> String {
    let mut digits = alloc::vec::Vec::new();
    let mut m = v.unsigned_abs();
    loop {
        digits.push(b"0123456789abcdefghijklmnopqrstuvwxyz"[(m % radix as u128) as usize]);
        m /= radix as u128;
        if m == 0 {
            break;
        }
    }
    let mut s = String::new();
    if v < 0 {
        s.push('-');
    }
    for &d in digits.iter().rev() {
        s.write_char(d as char).unwrap();
    }
    s
}

/// Python's floor `divmod` on `i128` (no overflow for the inputs used).
fn py_divmod(a: i128, b: i128) -> (i128, i128) {
    let (q, r) = (a / b, a % b);
    if r != 0 && ((r < 0) != (b < 0)) {
        (q - 1, r + b)
    } else {
        (q, r)
    }
}
