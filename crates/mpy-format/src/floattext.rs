//! Float text conversion exactly as MicroPython's unix port (and mpy-cross) does it, into
//! any [`TextSink`], so the VM can use it without the global allocator.
//!
//! MicroPython (double precision, `MICROPY_FLOAT_FORMAT_IMPL_EXACT` on x86-64) converts with
//! an x87 80-bit `long double` intermediate: parsing accumulates up to 19 decimal digits in
//! a 64-bit integer and scales it by a power of ten built by repeated squaring; formatting
//! scales the number to an integer mantissa of 16 digits, checks that the text reads back,
//! and retries with more digits (up to 19) if it does not. [`Ext`] emulates that `long
//! double` arithmetic (64-bit mantissa, round to nearest even), so the digits printed and
//! the values parsed are MicroPython's own (`77.6` prints as `77.59999999999999`,
//! `'%.0f' % 0.5` is `1`, `'%.20f' % 0.1` is `0.10000000000000000000`).

/// Growable byte output the conversions write into.
pub trait TextSink {
    /// Appends one byte.
    fn push(&mut self, b: u8);
    /// Appends ASCII text.
    fn push_str(&mut self, s: &str);
    /// The number of bytes written so far.
    fn len(&self) -> usize;
    /// Whether nothing was written yet.
    fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// Drops bytes past `n`.
    fn truncate(&mut self, n: usize);
    /// The bytes written so far.
    fn as_bytes(&self) -> &[u8];
}

impl TextSink for alloc::vec::Vec<u8> {
    fn push(&mut self, b: u8) {
        alloc::vec::Vec::push(self, b);
    }
    fn push_str(&mut self, s: &str) {
        self.extend_from_slice(s.as_bytes());
    }
    fn len(&self) -> usize {
        alloc::vec::Vec::len(self)
    }
    fn truncate(&mut self, n: usize) {
        alloc::vec::Vec::truncate(self, n);
    }
    fn as_bytes(&self) -> &[u8] {
        self
    }
}

/// MicroPython's whitespace for number parsing.
fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// An x87 extended-precision number: `m * 2^(e - 63)` with `m` normalised (top bit set),
/// or zero when `m == 0`. Only non-negative values occur here.
#[derive(Clone, Copy, Debug)]
struct Ext {
    m: u64,
    e: i32,
}

/// Exponents beyond these are infinite / zero for every use here (the x87 range is ±16383).
const EXT_MAX_E: i32 = 40_000;

impl Ext {
    const ZERO: Ext = Ext { m: 0, e: 0 };

    fn from_u64(n: u64) -> Ext {
        if n == 0 {
            return Ext::ZERO;
        }
        let lz = n.leading_zeros();
        Ext {
            m: n << lz,
            e: 63 - lz as i32,
        }
    }

    fn from_f64(f: f64) -> Ext {
        let bits = f.to_bits() & !(1u64 << 63);
        let exp = (bits >> 52) as i32;
        let frac = bits & ((1u64 << 52) - 1);
        let (mant, e2) = if exp == 0 {
            (frac, -1074)
        } else {
            (frac | (1u64 << 52), exp - 1075)
        };
        if mant == 0 {
            return Ext::ZERO;
        }
        let lz = mant.leading_zeros();
        Ext {
            m: mant << lz,
            e: e2 + 63 - lz as i32,
        }
    }

    /// Rounds a 128-bit mantissa whose top bit is set (value `top * 2^(e - 127)`) to 64 bits,
    /// `sticky` telling whether non-zero bits were already dropped below it.
    fn round(top: u128, e: i32, sticky: bool) -> Ext {
        let mut m = (top >> 64) as u64;
        let rest = top as u64;
        let half = 1u64 << 63;
        let mut e = e;
        if rest > half || rest == half && (sticky || m & 1 == 1) {
            let (n, carry) = m.overflowing_add(1);
            m = n;
            if carry {
                m = 1u64 << 63;
                e += 1;
            }
        }
        Ext {
            m,
            e: e.clamp(-EXT_MAX_E, EXT_MAX_E),
        }
    }

    fn mul(self, o: Ext) -> Ext {
        if self.m == 0 || o.m == 0 {
            return Ext::ZERO;
        }
        let p = u128::from(self.m) * u128::from(o.m);
        if p >> 127 == 1 {
            Ext::round(p, self.e + o.e + 1, false)
        } else {
            Ext::round(p << 1, self.e + o.e, false)
        }
    }

    fn div(self, o: Ext) -> Ext {
        if self.m == 0 || o.m == 0 {
            return Ext::ZERO;
        }
        let num = u128::from(self.m) << 64;
        let d = u128::from(o.m);
        let q = num / d;
        let r = num % d;
        let (mut m, e, up) = if q >> 64 != 0 {
            let m = (q >> 1) as u64;
            let round = q & 1 == 1;
            (m, self.e - o.e, round && (r != 0 || m & 1 == 1))
        } else {
            let m = q as u64;
            let twice = r << 1;
            let up = twice > d || twice == d && m & 1 == 1;
            (m, self.e - o.e - 1, up)
        };
        let mut e = e;
        if up {
            let (n, carry) = m.overflowing_add(1);
            m = n;
            if carry {
                m = 1u64 << 63;
                e += 1;
            }
        }
        Ext {
            m,
            e: e.clamp(-EXT_MAX_E, EXT_MAX_E),
        }
    }

    fn add(self, o: Ext) -> Ext {
        let (a, b) = if self.m == 0 {
            return o;
        } else if o.m == 0 {
            return self;
        } else if self.e >= o.e {
            (self, o)
        } else {
            (o, self)
        };
        let shift = (a.e - b.e) as u32;
        let big = u128::from(a.m) << 63;
        let small_full = u128::from(b.m) << 63;
        let (small, sticky) = if shift >= 127 {
            (0, true)
        } else {
            let s = small_full >> shift;
            (s, s << shift != small_full)
        };
        let sum = big + small;
        if sum >> 127 == 1 {
            Ext::round(sum, a.e + 1, sticky)
        } else {
            Ext::round(sum << 1, a.e, sticky)
        }
    }

    /// Truncation toward zero to an integer (C's cast to `uint64_t`).
    fn to_u64(self) -> u64 {
        if self.m == 0 || self.e < 0 {
            0
        } else if self.e > 63 {
            u64::MAX
        } else {
            self.m >> (63 - self.e)
        }
    }

    /// Rounding to the nearest double (C's cast to `double`).
    fn to_f64(self) -> f64 {
        if self.m == 0 {
            return 0.0;
        }
        if self.e > 1023 {
            return f64::INFINITY;
        }
        // Bits to drop: 11 for normal numbers, more for subnormals.
        let shift = if self.e >= -1022 {
            11
        } else {
            11 + (-1022 - self.e) as u32
        };
        if shift > 64 {
            return 0.0;
        }
        let keep = if shift == 64 { 0 } else { self.m >> shift };
        let rest = if shift == 64 {
            self.m
        } else {
            self.m & ((1u64 << shift) - 1)
        };
        let half = 1u64 << (shift - 1);
        let up = rest > half || rest == half && keep & 1 == 1;
        let mut keep = keep + u64::from(up);
        if self.e >= -1022 {
            let mut e = self.e;
            if keep >> 53 != 0 {
                keep >>= 1;
                e += 1;
            }
            if e > 1023 {
                return f64::INFINITY;
            }
            f64::from_bits(((e + 1023) as u64) << 52 | (keep & ((1u64 << 52) - 1)))
        } else {
            // Subnormal (a carry into bit 52 makes the smallest normal, as encoded).
            f64::from_bits(keep)
        }
    }
}

/// `num * 10^dec_exp` by binary powering in extended precision (MicroPython's
/// `mp_decimal_exp`).
fn decimal_exp(num: Ext, dec_exp: i32) -> Ext {
    if dec_exp == 0 || num.m == 0 {
        return num;
    }
    let neg = dec_exp < 0;
    let mut n = dec_exp.unsigned_abs();
    let mut res = num;
    let mut expo = Ext::from_u64(10);
    while n != 0 {
        if n & 1 == 1 {
            res = if neg { res.div(expo) } else { res.mul(expo) };
        }
        n >>= 1;
        if n != 0 {
            expo = expo.mul(expo);
        }
    }
    res
}

/// Parses an unsigned decimal (`123.45e-6`, underscores ignored) as MicroPython does;
/// returns the value and how many bytes were used, or `None` for a dangling exponent.
pub fn parse_unsigned(s: &[u8]) -> Option<(f64, usize)> {
    const MANTISSA_MAX: u64 = 0x1999_9999_9999_9998;
    #[derive(PartialEq, Clone, Copy)]
    enum In {
        Int,
        Frac,
        Exp,
    }
    let mut state = In::Int;
    let mut exp_neg = false;
    let mut mantissa: u64 = 0;
    let mut exp_val: i32 = 0;
    let mut exp_extra: i32 = 0;
    let mut zeros_int: i32 = 0;
    let mut zeros_frac: i32 = 0;
    let accept = |m: u64, dig: u64, extra: &mut i32, st: In| -> u64 {
        if m < MANTISSA_MAX {
            if st == In::Frac {
                *extra -= 1;
            }
            10 * m + dig
        } else {
            if st == In::Int {
                *extra += 1;
            }
            m
        }
    };
    let mut i = 0;
    while i < s.len() {
        let c = s[i];
        i += 1;
        if c.is_ascii_digit() {
            let dig = u64::from(c - b'0');
            if state == In::Exp {
                if exp_val < (i32::MAX / 2 - 9) / 10 {
                    exp_val = 10 * exp_val + dig as i32;
                }
            } else if dig == 0 || mantissa >= MANTISSA_MAX {
                // Zeros wait until a non-zero digit follows (trailing ones are dropped).
                if state == In::Int {
                    zeros_int += 1;
                } else {
                    zeros_frac += 1;
                }
            } else {
                while zeros_int > 0 {
                    mantissa = accept(mantissa, 0, &mut exp_extra, In::Int);
                    zeros_int -= 1;
                }
                while zeros_frac > 0 {
                    mantissa = accept(mantissa, 0, &mut exp_extra, In::Frac);
                    zeros_frac -= 1;
                }
                mantissa = accept(mantissa, dig, &mut exp_extra, state);
            }
        } else if state == In::Int && c == b'.' {
            state = In::Frac;
        } else if state != In::Exp && c | 0x20 == b'e' {
            state = In::Exp;
            if i < s.len() {
                if s[i] == b'+' {
                    i += 1;
                } else if s[i] == b'-' {
                    i += 1;
                    exp_neg = true;
                }
            }
            if i == s.len() {
                return None;
            }
        } else if c == b'_' {
            continue;
        } else {
            i -= 1;
            break;
        }
    }
    if exp_neg {
        exp_val = -exp_val;
    }
    exp_val += exp_extra + zeros_int;
    let v = decimal_exp(Ext::from_u64(mantissa), exp_val).to_f64();
    Some((v, i))
}

/// `float(text)` as MicroPython parses it (surrounding whitespace, sign, `inf`/`infinity`/
/// `nan` in any case); `None` when the text is not a number.
pub fn parse_float_text(s: &[u8]) -> Option<f64> {
    let mut i = 0;
    while i < s.len() && is_space(s[i]) {
        i += 1;
    }
    let mut neg = false;
    if i < s.len() && (s[i] == b'+' || s[i] == b'-') {
        neg = s[i] == b'-';
        i += 1;
    }
    let start = i;
    let lower = |k: usize| s.get(k).map(|c| c | 0x20);
    let v = if lower(i) == Some(b'i') && lower(i + 1) == Some(b'n') && lower(i + 2) == Some(b'f') {
        i += 3;
        if s.len() >= i + 5 && s[i..i + 5].eq_ignore_ascii_case(b"inity") {
            i += 5;
        }
        f64::INFINITY
    } else if lower(i) == Some(b'n') && lower(i + 1) == Some(b'a') && lower(i + 2) == Some(b'n') {
        i += 3;
        f64::NAN
    } else {
        let (v, used) = parse_unsigned(&s[i..])?;
        i += used;
        v
    };
    if i == start {
        return None;
    }
    while i < s.len() && is_space(s[i]) {
        i += 1;
    }
    if i != s.len() {
        return None;
    }
    Some(if neg { -v } else { v })
}

/// Room MicroPython's formatting buffer leaves for an unsigned number.
const BUF_SIZE: i32 = 33;
const MAX_DIGITS: i32 = 19;
const SAFE_DIGITS: i32 = 16;

#[derive(Clone, Copy, PartialEq)]
enum Mode {
    E,
    F,
    G,
}

/// Decimal exponent of `f` (> 0) as MicroPython finds it: `10^e <= f < 10^(e+1)`, with the
/// powers of ten rounded to doubles.
fn dec_exponent(f: f64) -> i32 {
    let bexp = ((f.to_bits() >> 52) & 0x7ff) as i32 - 1023;
    let mut e = (f64::from(bexp) * core::f64::consts::LOG10_2) as i32;
    let positive = f >= 1.0;
    let base = |e: i32| decimal_exp(Ext::from_u64(1), e + i32::from(positive)).to_f64();
    let mut u = base(e);
    while (f >= u) == positive {
        e += if positive { 1 } else { -1 };
        u = base(e);
        if !(-400..=400).contains(&e) {
            break;
        }
    }
    e
}

/// Writes `0.` and `n` zeros.
fn push_lead_zeros(out: &mut (impl TextSink + ?Sized), n: i32) {
    out.push_str("0.");
    for _ in 0..n.max(0) {
        out.push(b'0');
    }
}

/// Writes a decimal mantissa (`num_digits` digits) with a point after digit `dec`, trailing
/// zeros and exponent, by the format's rules (MicroPython's `mp_format_mantissa`).
#[allow(clippy::too_many_arguments)]
fn write_mantissa(
    out: &mut (impl TextSink + ?Sized),
    num_start: usize,
    mut mantissa: u64,
    cap: u64,
    mut num_digits: i32,
    max_exp_zeros: i32,
    mut trailing: i32,
    mut dec: i32,
    mut e: i32,
    mode: Mode,
    upper: bool,
) {
    if mantissa != 0 && mantissa >= cap {
        if mode == Mode::F {
            num_digits += 1;
            dec += 1;
        } else {
            mantissa /= 10;
            e += 1;
        }
    }
    if mode == Mode::G && e != 0 {
        if e > 0 {
            if e < max_exp_zeros {
                dec += e;
                if dec >= num_digits {
                    trailing = dec - (num_digits - 1);
                }
                e = 0;
            }
        } else if e >= -4 {
            let mut cnt = 0;
            while e < 0 && mantissa % 10 == 0 {
                mantissa /= 10;
                cnt += 1;
                e += 1;
            }
            num_digits -= cnt;
            push_lead_zeros(out, cnt - e - 1);
            dec = 255;
            e = 0;
        }
    }
    // The digits, most significant first.
    let mut digits = [0u8; 24];
    let n = num_digits.clamp(0, 24) as usize;
    for k in (0..n).rev() {
        digits[k] = b'0' + (mantissa % 10) as u8;
        mantissa /= 10;
    }
    let mut dot = dec >= 255;
    for (k, &c) in digits[..n].iter().enumerate() {
        out.push(c);
        if k as i32 == dec && (dec + 1) < num_digits {
            out.push(b'.');
            dot = true;
        }
    }
    if trailing > 0 {
        let mut d = dec - (num_digits - 1);
        for _ in 0..trailing {
            if d == 0 {
                out.push(b'.');
                dot = true;
            }
            d -= 1;
            out.push(b'0');
        }
    }
    if mode == Mode::G && dot {
        let mut len = out.len();
        let base = num_start;
        while len > base && out.as_bytes()[len - 1] == b'0' {
            len -= 1;
        }
        if len > base && out.as_bytes()[len - 1] == b'.' {
            len -= 1;
        }
        out.truncate(len);
    }
    if (e != 0 || mode == Mode::E) && mode != Mode::F {
        out.push(if upper { b'E' } else { b'e' });
        out.push(if e >= 0 { b'+' } else { b'-' });
        let a = e.unsigned_abs();
        if a >= 100 {
            out.push(b'0' + (a / 100) as u8);
        }
        out.push(b'0' + (a / 10 % 10) as u8);
        out.push(b'0' + (a % 10) as u8);
    }
}

/// Formats `|f|` with a printf conversion (`e`, `f`, `g`, upper-case variants), `prec` as
/// given (`None`: 6), exactly as MicroPython's `mp_format_float`; `signed` tells whether a
/// sign character goes in front (it takes a byte of MicroPython's buffer).
pub fn format_abs(
    out: &mut (impl TextSink + ?Sized),
    f: f64,
    conv: u8,
    prec: Option<usize>,
    signed: bool,
) {
    format_impl(out, f, conv, prec, signed, false);
}

/// [`format_abs`], or MicroPython's repr mode (`%g` with up to 19 digits, exponent form from
/// 10^16 on) when `repr` is set.
fn format_impl(
    out: &mut (impl TextSink + ?Sized),
    f: f64,
    conv: u8,
    prec: Option<usize>,
    signed: bool,
    repr: bool,
) {
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
    let buf_size = BUF_SIZE - i32::from(signed);
    let mut mode = match conv | 0x20 {
        b'f' => Mode::F,
        b'g' => Mode::G,
        _ => Mode::E,
    };
    let mut prec = prec.map_or(6, |p| p.min(1000) as i32);
    let mut max_exp_zeros = prec.min(buf_size - 3);
    if repr {
        prec = MAX_DIGITS;
        max_exp_zeros = 16;
    }
    let e = if f == 0.0 { 0 } else { dec_exponent(f) };
    if mode == Mode::F && e > 0 && e + prec + 2 > buf_size {
        mode = Mode::G;
        prec += 1;
    }
    let mut max_digits = prec;
    let mut lead_zeros = 0;
    let mut trail_zeros = 0;
    if mode == Mode::F {
        max_digits = max_digits.min(buf_size - 3);
        if e < 0 {
            if max_digits > 2 && e < -2 {
                lead_zeros = (-e).min(max_digits) - 2;
                max_digits -= lead_zeros;
            } else {
                max_digits += 1;
            }
        } else {
            max_digits += e + 1;
        }
    } else if mode != Mode::G || max_digits == 0 {
        max_digits += 1;
    }
    if max_digits > MAX_DIGITS {
        trail_zeros = max_digits - MAX_DIGITS;
        max_digits = MAX_DIGITS;
    }
    let overhead = if mode == Mode::F { 3 } else { 8 };
    trail_zeros = trail_zeros.min(buf_size - max_digits - overhead);
    let mut num_digits = max_digits.min(SAFE_DIGITS);
    let start = out.len();
    loop {
        out.truncate(start);
        let extra_zeros = trail_zeros + (max_digits - num_digits);
        let mut dec = 0;
        let decexp;
        if f == 0.0 {
            decexp = 0;
        } else if mode == Mode::F {
            let mut d = num_digits - 1;
            if e < 0 {
                if lead_zeros > 0 {
                    push_lead_zeros(out, lead_zeros);
                    d += lead_zeros + 1;
                    dec = 255;
                }
            } else {
                d -= e;
                dec = e;
            }
            decexp = d;
        } else {
            decexp = num_digits - e - 1;
        }
        let mut cap: u64 = 10;
        for _ in 1..num_digits {
            cap = cap.saturating_mul(10);
        }
        let scaled = decimal_exp(Ext::from_f64(f), decexp);
        let mantissa = scaled.add(Ext::from_f64(0.5)).to_u64();
        write_mantissa(
            out,
            start,
            mantissa,
            cap,
            num_digits,
            max_exp_zeros,
            extra_zeros,
            dec,
            e,
            mode,
            upper,
        );
        if num_digits < max_digits {
            let text = &out.as_bytes()[start..];
            let back = parse_unsigned(text).map(|(v, _)| v);
            if back != Some(f) {
                num_digits += 1;
                continue;
            }
        }
        break;
    }
}

/// Appends MicroPython's repr of `f` (`1.5`, `1e+16`, `-0.0`, `inf`, `nan`).
pub fn write_repr(out: &mut (impl TextSink + ?Sized), f: f64) {
    if f.is_sign_negative() && !f.is_nan() {
        out.push(b'-');
    }
    let start = out.len();
    let signed = f.is_sign_negative() && !f.is_nan();
    format_impl(out, f, b'g', None, signed, true);
    let s = &out.as_bytes()[start..];
    if !s.iter().any(|&c| c == b'.' || c == b'e' || c == b'n') {
        out.push_str(".0");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::vec::Vec;

    fn fmt(f: f64, conv: u8, prec: Option<usize>) -> alloc::string::String {
        let mut b = Vec::new();
        if conv == b'r' {
            write_repr(&mut b, f);
        } else {
            if f.is_sign_negative() {
                b.push(b'-');
            }
            format_abs(&mut b, f, conv, prec, f.is_sign_negative());
        }
        alloc::string::String::from_utf8(b).unwrap()
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
        assert_eq!(fmt(77.6, b'r', None), "77.59999999999999");
        assert_eq!(fmt(599.18, b'r', None), "599.18");
    }

    #[test]
    fn parsing() {
        assert_eq!(parse_float_text(b" 1.5 "), Some(1.5));
        assert_eq!(parse_float_text(b"."), Some(0.0));
        assert_eq!(parse_float_text(b"1e"), None);
        assert_eq!(parse_float_text(b"-inf"), Some(f64::NEG_INFINITY));
        assert_eq!(parse_float_text(b"1_0.5"), Some(10.5));
        assert_eq!(parse_float_text(b"1e400"), Some(f64::INFINITY));
        assert_eq!(parse_float_text(b"5e-324"), Some(5e-324));
        assert_eq!(parse_float_text(b"0.1"), Some(0.1));
    }
}
