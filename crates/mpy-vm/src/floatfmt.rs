//! Float to text as MicroPython prints it, without the global allocator.
//!
//! MicroPython's rules (unix port, double precision):
//! - `repr`/`str`: the 16 significant digits if they read back exactly, else 17; exponent form
//!   when the decimal exponent is below -4 or at least 16; `.0` added to integral values.
//! - `%e`/`%f`/`%g` with `n` significant digits: correctly rounded with ties away from zero
//!   while `n` is below the repr's digit count; from there on the repr's digits, padded with
//!   zeros (so `'%.20f' % 0.1` is `0.10000000000000000000`).

use core::fmt::{self, Write};

use crate::buf::Buf;

/// A small text buffer on the stack.
struct Stack {
    b: [u8; 48],
    n: usize,
}

impl Stack {
    fn new() -> Stack {
        Stack { b: [0; 48], n: 0 }
    }
    fn as_str(&self) -> &str {
        core::str::from_utf8(&self.b[..self.n]).unwrap_or("")
    }
}

impl Write for Stack {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        let end = self.n + s.len();
        if end > self.b.len() {
            return Err(fmt::Error);
        }
        self.b[self.n..end].copy_from_slice(s.as_bytes());
        self.n = end;
        Ok(())
    }
}

/// Decimal digits `d[0..n]` (ASCII) of a positive number `d0.d1d2… × 10^e`.
#[derive(Clone, Copy)]
pub struct Digits {
    d: [u8; 24],
    n: usize,
    e: i32,
}

impl Digits {
    const ZERO: Digits = Digits {
        d: [b'0'; 24],
        n: 0,
        e: 0,
    };

    /// Digit `i` (0 past the end).
    fn at(&self, i: i64) -> u8 {
        if i >= 0 && (i as usize) < self.n {
            self.d[i as usize]
        } else {
            b'0'
        }
    }

    /// The decimal exponent of the first digit.
    pub fn exp(&self) -> i32 {
        self.e
    }
}

/// Parses Rust's `{:e}` output (`d.ddde-7`) into digits.
fn parse_sci(s: &str) -> Digits {
    let mut out = Digits::ZERO;
    let (m, e) = s.split_once('e').unwrap_or((s, "0"));
    for &c in m.as_bytes() {
        if c.is_ascii_digit() && out.n < out.d.len() {
            out.d[out.n] = c;
            out.n += 1;
        }
    }
    out.e = e.parse().unwrap_or(0);
    out
}

fn sci(f: f64, prec: usize) -> Digits {
    let mut s = Stack::new();
    let _ = write!(s, "{:.*e}", prec, f);
    parse_sci(s.as_str())
}

/// MicroPython's repr digits of a positive finite `f`: 16 if they read back exactly, else
/// 17 (trailing zeros kept).
pub fn repr_digits(f: f64) -> Digits {
    let mut s = Stack::new();
    let _ = write!(s, "{:.15e}", f);
    if s.as_str().parse::<f64>().ok() == Some(f) {
        return parse_sci(s.as_str());
    }
    sci(f, 16)
}

/// Whether `f` (positive, finite) lies exactly halfway between two multiples of `10^q`.
fn is_tie(f: f64, q: i32) -> bool {
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    let frac = bits & ((1u64 << 52) - 1);
    let (m, e) = if exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp - 1075)
    };
    if m == 0 {
        return false;
    }
    let v = m.trailing_zeros() as i32 + e;
    if v != q - 1 {
        return false;
    }
    if q <= 0 {
        return true;
    }
    if q > 22 {
        return false;
    }
    m % 5u64.pow(q as u32) == 0
}

/// Adds one unit in the last place of `d` (carrying; may add a digit in front).
fn round_up(d: &mut Digits) {
    let mut i = d.n;
    while i > 0 {
        i -= 1;
        if d.d[i] == b'9' {
            d.d[i] = b'0';
        } else {
            d.d[i] += 1;
            return;
        }
    }
    // All nines: 99.9 -> 100.0, one more leading digit (drop the last to keep the count).
    d.d.copy_within(0..d.n.saturating_sub(1), 1);
    d.d[0] = b'1';
    d.e += 1;
}

/// `f` (positive, finite) to `n` significant digits by MicroPython's rules.
pub fn sig_digits(f: f64, n: usize) -> Digits {
    let r = repr_digits(f);
    if n >= r.n {
        return r;
    }
    let n = n.max(1);
    let q = r.e - (n as i32 - 1);
    if is_tie(f, q) {
        // The exact value ends in a 5 right after the kept digits: round away from zero.
        let mut d = sci(f, n);
        d.n = n;
        round_up(&mut d);
        return d;
    }
    sci(f, n - 1)
}

/// `f` (positive, finite) rounded to `prec` decimal places, as digits.
fn fixed_digits(f: f64, prec: usize) -> Digits {
    let r = repr_digits(f);
    let n = i64::from(r.e) + 1 + prec as i64;
    if n >= 1 {
        return sig_digits(f, n as usize);
    }
    // Below half a unit of the last place or exactly half of it: 0 or 10^-prec.
    let q = -(prec.min(i32::MAX as usize) as i32);
    let up = n == 0 && (is_tie(f, q) || r.d[0] >= b'5' && !(r.d[0] == b'5' && below_half(f, prec)));
    if up {
        let mut d = Digits::ZERO;
        d.d[0] = b'1';
        d.n = 1;
        d.e = q;
        return d;
    }
    Digits::ZERO
}

/// Whether `f`, whose first digit is a 5 at 10^-(prec+1), is below half of 10^-prec.
fn below_half(f: f64, prec: usize) -> bool {
    let mut b = Buf::new();
    let _ = write!(b, "{:.*}", prec, f);
    !b.as_bytes().ends_with(b"1")
}

/// Writes the digits in fixed notation with `prec` decimals.
fn layout_fixed(out: &mut Buf, d: &Digits, prec: usize) {
    if d.n == 0 || d.e < 0 {
        out.push(b'0');
    } else {
        for i in 0..=i64::from(d.e) {
            out.push(d.at(i));
        }
    }
    if prec > 0 {
        out.push(b'.');
        for k in 1..=prec as i64 {
            let c = if d.n == 0 {
                b'0'
            } else {
                d.at(i64::from(d.e) + k)
            };
            if !out.push(c) {
                return;
            }
        }
    }
}

/// Writes the digits in exponent notation with `prec` decimals.
fn layout_exp(out: &mut Buf, d: &Digits, prec: usize, upper: bool) {
    out.push(d.at(0));
    if prec > 0 {
        out.push(b'.');
        for k in 1..=prec as i64 {
            if !out.push(d.at(k)) {
                return;
            }
        }
    }
    write_exp(out, if d.n == 0 { 0 } else { d.e }, upper);
}

fn write_exp(out: &mut Buf, e: i32, upper: bool) {
    out.push(if upper { b'E' } else { b'e' });
    out.push(if e < 0 { b'-' } else { b'+' });
    let _ = write!(out, "{:02}", e.unsigned_abs());
}

/// Removes trailing zeros after a decimal point (and the point itself) from `out[from..]`.
fn strip_zeros(out: &mut Buf, from: usize) {
    let s = &out.as_bytes()[from..];
    if !s.contains(&b'.') {
        return;
    }
    let mut n = out.len();
    while n > from && out.as_bytes()[n - 1] == b'0' {
        n -= 1;
    }
    if n > from && out.as_bytes()[n - 1] == b'.' {
        n -= 1;
    }
    out.truncate(n);
}

/// Formats `f` with a printf-style conversion (`e`, `f`, `g`, upper-case variants, or `r` for
/// the repr), without the sign of negative numbers (callers write it).
pub fn format_abs(out: &mut Buf, f: f64, conv: u8, prec: Option<usize>) {
    let f = f.abs();
    let upper = conv.is_ascii_uppercase();
    if f.is_nan() {
        out.push_str(if upper { "NAN" } else { "nan" });
        return;
    }
    if f.is_infinite() {
        out.push_str(if upper { "INF" } else { "inf" });
        return;
    }
    match conv.to_ascii_lowercase() {
        b'e' => {
            let p = prec.unwrap_or(6);
            let d = if f == 0.0 {
                Digits::ZERO
            } else {
                sig_digits(f, p.saturating_add(1))
            };
            layout_exp(out, &d, p, upper);
        }
        b'f' => {
            let p = prec.unwrap_or(6);
            let d = if f == 0.0 {
                Digits::ZERO
            } else {
                fixed_digits(f, p)
            };
            layout_fixed(out, &d, p);
        }
        b'g' => {
            let p = prec.unwrap_or(6).max(1);
            let start = out.len();
            if f == 0.0 {
                out.push(b'0');
                return;
            }
            let d = sig_digits(f, p);
            let x = d.e;
            if x < -4 || x >= p as i32 {
                layout_exp(out, &d, p - 1, upper);
                // Strip zeros of the mantissa only.
                let s = out.as_bytes();
                let epos = s[start..]
                    .iter()
                    .position(|&c| c == b'e' || c == b'E')
                    .map_or(s.len(), |i| i + start);
                let mut tail = Buf::new();
                tail.push_bytes(&s[epos..]);
                out.truncate(epos);
                strip_zeros(out, start);
                out.push_bytes(tail.as_bytes());
            } else {
                layout_fixed(out, &d, (p as i32 - 1 - x).max(0) as usize);
                strip_zeros(out, start);
            }
        }
        _ => write_repr_abs(out, f),
    }
}

fn write_repr_abs(out: &mut Buf, f: f64) {
    if f == 0.0 {
        out.push_str("0.0");
        return;
    }
    let mut d = repr_digits(f);
    while d.n > 1 && d.d[d.n - 1] == b'0' {
        d.n -= 1;
    }
    let x = d.e;
    if !(-4..16).contains(&x) {
        out.push(d.d[0]);
        if d.n > 1 {
            out.push(b'.');
            out.push_bytes(&d.d[1..d.n]);
        }
        write_exp(out, x, false);
    } else {
        let decimals = (d.n as i32 - 1 - x).max(0) as usize;
        layout_fixed(out, &d, decimals);
        if decimals == 0 {
            out.push_str(".0");
        }
    }
}

/// Appends MicroPython's repr of `f` (`1.5`, `1e+16`, `-0.0`, `inf`, `nan`).
pub fn write_repr(out: &mut Buf, f: f64) {
    if f.is_sign_negative() && !f.is_nan() {
        out.push(b'-');
    }
    format_abs(out, f, b'r', None);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fmt(f: f64, conv: u8, prec: Option<usize>) -> std::string::String {
        let mut region = std::vec![0u8; 64 * 1024];
        let mut port = crate::port::NullPort;
        let interp =
            crate::Interpreter::new(&mut region, &mut port, crate::Config::default()).unwrap();
        let _g = interp.enter();
        let mut b = Buf::new();
        if f.is_sign_negative() {
            b.push(b'-');
        }
        format_abs(&mut b, f, conv, prec);
        std::string::String::from_utf8(b.as_bytes().to_vec()).unwrap()
    }

    #[test]
    fn micropython_rounding() {
        assert_eq!(fmt(0.5, b'f', Some(0)), "1");
        assert_eq!(fmt(2.5, b'f', Some(0)), "3");
        assert_eq!(fmt(0.125, b'f', Some(2)), "0.13");
        assert_eq!(fmt(2.675, b'f', Some(2)), "2.67");
        assert_eq!(fmt(0.1, b'f', Some(20)), "0.10000000000000000000");
        assert_eq!(fmt(1e22, b'f', Some(6)), "10000000000000000000000.000000");
        assert_eq!(fmt(9.96, b'e', Some(1)), "1.0e+01");
        assert_eq!(fmt(4.5, b'e', Some(0)), "5e+00");
        assert_eq!(fmt(0.0001234, b'g', None), "0.0001234");
        assert_eq!(fmt(1e-5, b'g', None), "1e-05");
        assert_eq!(fmt(99.9, b'g', Some(2)), "1e+02");
        assert_eq!(fmt(1e-10, b'f', Some(5)), "0.00000");
        assert_eq!(fmt(0.0005, b'f', Some(3)), "0.001");
        assert_eq!(fmt(0.4999, b'f', Some(0)), "0");
    }

    #[test]
    fn reprs() {
        assert_eq!(fmt(0.1 + 0.2, b'r', None), "0.30000000000000004");
        assert_eq!(fmt(1e16, b'r', None), "1e+16");
        assert_eq!(fmt(1e15, b'r', None), "1000000000000000.0");
        assert_eq!(fmt(1e-5, b'r', None), "1e-05");
        assert_eq!(fmt(2f64.sqrt(), b'r', None), "1.4142135623730951");
        assert_eq!(fmt(-0.0, b'r', None), "-0.0");
        assert_eq!(fmt(5e-324, b'r', None), "4.940656458412465e-324");
    }
}
