//! `int`: small ints inline in the value, big ints as heap objects ([`crate::bignum`]).

use core::cmp::Ordering;

use crate::bignum::{self, BigInt};
use crate::buf::Buf;
use crate::error::{Exc, PyResult};
use crate::heapalloc::VmManaged;
use crate::obj::ObjHeader;
use crate::objexc::{OVERFLOW_ERROR, VALUE_ERROR, ZERO_DIVISION_ERROR};
use crate::ops::*;
use crate::q;
use crate::types::{PrintKind, Type, flags};
use crate::value::Value;
use crate::vm::Vm;

/// A Python integer too large for a small int.
pub type Big = BigInt<VmManaged>;

/// A big-int object.
#[repr(C)]
pub struct IntObj {
    /// Header.
    pub base: ObjHeader,
    /// The value (its limbs are a managed block reached from here).
    pub big: Big,
}

/// The `int` type.
pub static INT_TYPE: Type = Type {
    flags: flags::BASETYPE,
    make_new: Some(crate::intmethods::int_make_new),
    print: Some(int_print),
    unary_op: Some(int_unary_op),
    binary_op: Some(int_binary_op),
    methods: crate::intmethods::INT_METHODS,
    ..Type::new(q!("int"))
};

/// Whether `v` is an int or bool (small or big).
#[inline]
pub fn is_int(v: Value) -> bool {
    v.is_small_int() || v == Value::TRUE || v == Value::FALSE || v.is_type(&INT_TYPE)
}

/// The big int behind a big-int value.
#[inline]
pub fn big_ref<'a>(v: Value) -> &'a Big {
    // SAFETY: callers check `v.is_type(&INT_TYPE)`.
    unsafe { &(*v.as_ptr::<IntObj>()).big }
}

/// Maps a bignum error to its Python exception.
#[cold]
pub fn big_error(vm: &mut Vm, e: bignum::Error) -> Exc {
    match e {
        bignum::Error::NoMemory | bignum::Error::Fmt => vm.memory_error(),
        bignum::Error::ZeroDivision => vm.exc_msg(&ZERO_DIVISION_ERROR, "divide by zero"),
        bignum::Error::Overflow => vm.exc_msg(
            &OVERFLOW_ERROR,
            "overflow converting long int to machine word",
        ),
        bignum::Error::NotANumber => {
            vm.exc_msg(&VALUE_ERROR, "cannot convert float NaN to integer")
        }
        bignum::Error::NegativeExponent => {
            vm.exc_msg(&VALUE_ERROR, "negative power with modulus not supported")
        }
        bignum::Error::InvalidLiteral => vm.exc_msg(&VALUE_ERROR, "invalid syntax for integer"),
        bignum::Error::InvalidRadix => {
            vm.exc_msg(&VALUE_ERROR, "int() arg 2 must be >= 2 and <= 36")
        }
    }
}

/// Wraps a big int, returning a small int when it fits.
pub fn from_big(vm: &mut Vm, b: Big) -> PyResult {
    if let Some(n) = b.fits_in_small(crate::value::SMALL_INT_BITS) {
        return Ok(Value::small_int(n));
    }
    vm.new_obj(IntObj {
        base: ObjHeader::new(&INT_TYPE),
        big: b,
    })
}

/// An int value from an `i64`.
pub fn from_i64(vm: &mut Vm, n: i64) -> PyResult {
    match Value::try_small_int(n) {
        Some(v) => Ok(v),
        None => {
            let b = Big::from_i64(n, VmManaged).map_err(|_| vm.memory_error())?;
            from_big(vm, b)
        }
    }
}

/// An int value from an `i128`.
pub fn from_i128(vm: &mut Vm, n: i128) -> PyResult {
    if let Ok(n) = i64::try_from(n) {
        return from_i64(vm, n);
    }
    let b = Big::from_i128(n, VmManaged).map_err(|_| vm.memory_error())?;
    from_big(vm, b)
}

/// An int value from a `u64`.
pub fn from_u64(vm: &mut Vm, n: u64) -> PyResult {
    from_i128(vm, i128::from(n))
}

/// Any int-like value (int, bool, big int) as a big int.
pub fn to_big(vm: &mut Vm, v: Value) -> PyResult<Big> {
    if v.is_type(&INT_TYPE) {
        return big_ref(v).try_clone().map_err(|_| vm.memory_error());
    }
    let n = small_of(v).unwrap_or(0);
    Big::from_i64(n as i64, VmManaged).map_err(|_| vm.memory_error())
}

/// The int inside an instance of an int subclass (indices, counts and sizes accept those,
/// as MicroPython's `mp_obj_get_int` does); any other value unchanged.
pub fn int_subclass_value(v: Value) -> Value {
    if v.is_obj() && v.obj_type().is_heap() {
        let n = crate::objtype::instance_native(v);
        if !n.is_null() && is_int(n) {
            return n;
        }
    }
    v
}

/// The value of a small int or bool.
#[inline]
pub fn small_of(v: Value) -> Option<isize> {
    if v.is_small_int() {
        Some(v.small_int_value())
    } else if v == Value::TRUE {
        Some(1)
    } else if v == Value::FALSE {
        Some(0)
    } else {
        None
    }
}

/// An int-like value as `i64`, if it fits.
pub fn to_i64(v: Value) -> Option<i64> {
    if let Some(n) = small_of(v) {
        return Some(n as i64);
    }
    if v.is_type(&INT_TYPE) {
        big_ref(v).to_i64()
    } else {
        None
    }
}

/// Python's hash of an int value (small or big).
pub fn hash_int_value(_vm: &Vm, v: Value) -> usize {
    match small_of(v) {
        Some(n) => bignum::hash_small(n) as usize,
        None if v.is_type(&INT_TYPE) => big_ref(v).hash() as usize,
        None => v.bits(),
    }
}

fn int_print(vm: &mut Vm, buf: &mut Buf, v: Value, _kind: PrintKind) -> PyResult<()> {
    if let Some(n) = small_of(v) {
        let _ = core::fmt::Write::write_fmt(buf, format_args!("{n}"));
    } else if v.is_type(&INT_TYPE) {
        big_ref(v)
            .to_str_radix(10, buf)
            .map_err(|e| big_error(vm, e))?;
    }
    Ok(())
}

/// Floor division and modulo on machine words (Python semantics); `None` on overflow.
#[inline]
pub fn floor_divmod(a: isize, b: isize) -> Option<(isize, isize)> {
    let q = a.checked_div(b)?;
    let r = a - q * b;
    if r != 0 && ((r < 0) != (b < 0)) {
        Some((q - 1, r + b))
    } else {
        Some((q, r))
    }
}

/// Small-int fast paths of unary operators.
pub fn small_unary_op(vm: &mut Vm, op: u8, a: Value) -> PyResult {
    let n = a.small_int_value();
    Ok(match op {
        UNARY_POSITIVE | UNARY_INT => a,
        UNARY_NEGATIVE => return from_i64(vm, -(n as i64)),
        UNARY_INVERT => Value::small_int(!n),
        UNARY_BOOL => Value::bool(n != 0),
        UNARY_HASH => Value::small_int(bignum::hash_small(n)),
        UNARY_ABS => return from_i64(vm, (n as i64).abs()),
        UNARY_FLOAT => return crate::objfloat::new_float(vm, n as f64),
        UNARY_LEN => return Err(vm.unsupported_type(op, a)),
        _ => return Err(vm.unsupported_type(op, a)),
    })
}

/// Small-int fast paths of binary operators; `None` when the generic path must decide.
#[inline]
pub fn small_binary_op(vm: &mut Vm, op: u8, a: Value, b: Value) -> PyResult<Option<Value>> {
    let (x, y) = (a.small_int_value(), b.small_int_value());
    let wide = |vm: &mut Vm, r: i128| from_i128(vm, r).map(Some);
    match non_inplace(op) {
        LESS => Ok(Some(Value::bool(x < y))),
        MORE => Ok(Some(Value::bool(x > y))),
        EQUAL => Ok(Some(Value::bool(x == y))),
        LESS_EQUAL => Ok(Some(Value::bool(x <= y))),
        MORE_EQUAL => Ok(Some(Value::bool(x >= y))),
        NOT_EQUAL => Ok(Some(Value::bool(x != y))),
        ADD => match x.checked_add(y) {
            Some(r) if Value::fits_small_int(r) => Ok(Some(Value::small_int(r))),
            _ => wide(vm, x as i128 + y as i128),
        },
        SUBTRACT => match x.checked_sub(y) {
            Some(r) if Value::fits_small_int(r) => Ok(Some(Value::small_int(r))),
            _ => wide(vm, x as i128 - y as i128),
        },
        MULTIPLY => match x.checked_mul(y) {
            Some(r) if Value::fits_small_int(r) => Ok(Some(Value::small_int(r))),
            _ => wide(vm, x as i128 * y as i128),
        },
        FLOOR_DIVIDE | MODULO => {
            if y == 0 {
                return Err(vm.exc_msg(&ZERO_DIVISION_ERROR, "divide by zero"));
            }
            match floor_divmod(x, y) {
                Some((q, r)) => {
                    let v = if non_inplace(op) == FLOOR_DIVIDE {
                        q
                    } else {
                        r
                    };
                    if Value::fits_small_int(v) {
                        Ok(Some(Value::small_int(v)))
                    } else {
                        wide(vm, v as i128)
                    }
                }
                None => wide(vm, -(x as i128)),
            }
        }
        TRUE_DIVIDE => {
            if y == 0 {
                return Err(vm.exc_msg(&ZERO_DIVISION_ERROR, "divide by zero"));
            }
            crate::objfloat::new_float(vm, x as f64 / y as f64).map(Some)
        }
        AND => Ok(Some(Value::small_int(x & y))),
        OR => Ok(Some(Value::small_int(x | y))),
        XOR => Ok(Some(Value::small_int(x ^ y))),
        LSHIFT => {
            if y < 0 {
                return Err(vm.value_error("negative shift count"));
            }
            if y < (usize::BITS - 1) as isize {
                let r = x << y;
                if r >> y == x && Value::fits_small_int(r) {
                    return Ok(Some(Value::small_int(r)));
                }
            }
            let big = Big::from_i64(x as i64, VmManaged).map_err(|_| vm.memory_error())?;
            let r = big.shl(y as usize).map_err(|_| vm.memory_error())?;
            from_big(vm, r).map(Some)
        }
        RSHIFT => {
            if y < 0 {
                return Err(vm.value_error("negative shift count"));
            }
            Ok(Some(Value::small_int(x >> y.min(usize::BITS as isize - 1))))
        }
        POWER => {
            if y < 0 {
                if x == 0 {
                    return Err(vm.exc_msg(&ZERO_DIVISION_ERROR, "0.0 to a negative power"));
                }
                return crate::objfloat::new_float(vm, crate::objfloat::powf(x as f64, y as f64))
                    .map(Some);
            }
            let mut acc: i128 = 1;
            let (mut base, mut e) = (x as i128, y as u64);
            loop {
                if e & 1 == 1 {
                    match acc.checked_mul(base) {
                        Some(v) if v.unsigned_abs() < 1 << 100 => acc = v,
                        _ => return big_binary(vm, op, a, b).map(Some),
                    }
                }
                e >>= 1;
                if e == 0 {
                    break;
                }
                match base.checked_mul(base) {
                    Some(v) if v.unsigned_abs() < 1 << 100 => base = v,
                    _ => return big_binary(vm, op, a, b).map(Some),
                }
            }
            wide(vm, acc)
        }
        _ => Ok(None),
    }
}

/// Integer binary operation with at least one big operand (both int-like).
pub fn big_binary(vm: &mut Vm, op: u8, a: Value, b: Value) -> PyResult {
    let x = to_big(vm, a)?;
    let y = to_big(vm, b)?;
    let err = |vm: &mut Vm, e| big_error(vm, e);
    let mem = |vm: &mut Vm| vm.memory_error();
    let r = match non_inplace(op) {
        LESS | MORE | EQUAL | LESS_EQUAL | MORE_EQUAL | NOT_EQUAL => {
            let o = x.cmp(&y);
            let t = match non_inplace(op) {
                LESS => o == Ordering::Less,
                MORE => o == Ordering::Greater,
                EQUAL => o == Ordering::Equal,
                LESS_EQUAL => o != Ordering::Greater,
                MORE_EQUAL => o != Ordering::Less,
                _ => o != Ordering::Equal,
            };
            return Ok(Value::bool(t));
        }
        ADD => x.add(&y).map_err(|_| mem(vm))?,
        SUBTRACT => x.sub(&y).map_err(|_| mem(vm))?,
        MULTIPLY => x.mul(&y).map_err(|_| mem(vm))?,
        FLOOR_DIVIDE => x.floor_div(&y).map_err(|e| err(vm, e))?,
        MODULO => x.modulo(&y).map_err(|e| err(vm, e))?,
        DIVMOD => {
            let (q, r) = x.divmod(&y).map_err(|e| err(vm, e))?;
            let q = from_big(vm, q)?;
            let r = from_big(vm, r)?;
            return crate::objtuple::new_tuple(vm, &[q, r]);
        }
        TRUE_DIVIDE => {
            if y.is_zero() {
                return Err(vm.exc_msg(&ZERO_DIVISION_ERROR, "divide by zero"));
            }
            let (fx, fy) = (
                x.to_f64().map_err(|e| err(vm, e))?,
                y.to_f64().map_err(|e| err(vm, e))?,
            );
            return crate::objfloat::new_float(vm, fx / fy);
        }
        AND => x.and(&y).map_err(|_| mem(vm))?,
        OR => x.or(&y).map_err(|_| mem(vm))?,
        XOR => x.xor(&y).map_err(|_| mem(vm))?,
        LSHIFT | RSHIFT => {
            if y.is_negative() {
                return Err(vm.value_error("negative shift count"));
            }
            let n = y.to_i64().and_then(|n| usize::try_from(n).ok());
            if non_inplace(op) == LSHIFT {
                let Some(n) = n else {
                    return Err(vm.memory_error());
                };
                x.shl(n).map_err(|_| mem(vm))?
            } else {
                match n {
                    Some(n) => x.shr(n).map_err(|_| mem(vm))?,
                    None => Big::from_i64(if x.is_negative() { -1 } else { 0 }, VmManaged)
                        .map_err(|_| mem(vm))?,
                }
            }
        }
        POWER => {
            if y.is_negative() {
                let (fx, fy) = (
                    x.to_f64().map_err(|e| err(vm, e))?,
                    y.to_f64().map_err(|e| err(vm, e))?,
                );
                if fx == 0.0 {
                    return Err(vm.exc_msg(&ZERO_DIVISION_ERROR, "0.0 to a negative power"));
                }
                return crate::objfloat::new_float(vm, crate::objfloat::powf(fx, fy));
            }
            x.pow(&y).map_err(|e| err(vm, e))?
        }
        _ => return Ok(Value::NULL),
    };
    from_big(vm, r)
}

fn int_unary_op(vm: &mut Vm, op: u8, a: Value) -> PyResult {
    if let Some(n) = small_of(a) {
        return small_unary_op(vm, op, Value::small_int(n));
    }
    let x = big_ref(a);
    let r = match op {
        UNARY_POSITIVE | UNARY_INT => return Ok(a),
        UNARY_NEGATIVE => x.neg(),
        UNARY_ABS => x.abs(),
        UNARY_INVERT => x.not(),
        UNARY_BOOL => return Ok(Value::bool(!x.is_zero())),
        UNARY_HASH => return Ok(Value::small_int(x.hash())),
        UNARY_FLOAT => {
            let f = x.to_f64().map_err(|e| big_error(vm, e))?;
            return crate::objfloat::new_float(vm, f);
        }
        _ => return Ok(Value::NULL),
    };
    let r = r.map_err(|_| vm.memory_error())?;
    from_big(vm, r)
}

/// `int` (and `bool`) binary operators against any right operand.
pub fn int_binary_op(vm: &mut Vm, op: u8, a: Value, b: Value) -> PyResult {
    if op == CONTAINS {
        return Ok(Value::NULL);
    }
    if is_int(b) {
        if let (Some(x), Some(y)) = (small_of(a), small_of(b)) {
            if let Some(r) = small_binary_op(vm, op, Value::small_int(x), Value::small_int(y))? {
                return Ok(r);
            }
            if op == DIVMOD {
                if y == 0 {
                    return Err(vm.exc_msg(&ZERO_DIVISION_ERROR, "divide by zero"));
                }
                let (q, r) = floor_divmod(x, y).unwrap_or((0, 0));
                let q = from_i64(vm, q as i64)?;
                let r = from_i64(vm, r as i64)?;
                return crate::objtuple::new_tuple(vm, &[q, r]);
            }
            return Ok(Value::NULL);
        }
        return big_binary(vm, op, a, b);
    }
    if crate::objmisc::is_float(b) {
        if op <= NOT_EQUAL {
            // The float side compares (exactly, for ints too big to be floats).
            let swapped = match op {
                LESS => MORE,
                MORE => LESS,
                LESS_EQUAL => MORE_EQUAL,
                MORE_EQUAL => LESS_EQUAL,
                o => o,
            };
            return crate::objfloat::float_binary_op(vm, swapped, b, a);
        }
        let x = int_to_f64(vm, a)?;
        let fa = crate::objfloat::new_float(vm, x)?;
        return crate::objfloat::float_binary_op(vm, op, fa, b);
    }
    if crate::objcomplex::is_complex(b) {
        return crate::objcomplex::complex_binary_op(vm, op, a, b);
    }
    // Sequences repeated by an int: `3 * [1]` is `[1] * 3`.
    if non_inplace(op) == MULTIPLY {
        if let Some(f) = vm.type_of(b).binary_op {
            return f(vm, MULTIPLY, b, a);
        }
    }
    Ok(Value::NULL)
}

/// An int-like value as `f64`.
pub fn int_to_f64(vm: &mut Vm, v: Value) -> PyResult<f64> {
    match small_of(v) {
        Some(n) => Ok(n as f64),
        None => big_ref(v).to_f64().map_err(|e| big_error(vm, e)),
    }
}

/// Parses an int literal in `radix` (0 = auto with prefixes), as `int(str, base)` does.
pub fn parse_int(vm: &mut Vm, text: &[u8], radix: u32) -> PyResult {
    let trimmed = trim_ascii(text);
    let (neg, body) = match trimmed.first() {
        Some(b'-') => (true, &trimmed[1..]),
        Some(b'+') => (false, &trimmed[1..]),
        _ => (false, trimmed),
    };
    let mut radix = radix;
    let mut digits = body;
    let lower = |i: usize| digits.get(i).map(u8::to_ascii_lowercase);
    if (radix == 0 || radix == 16)
        && digits.len() > 1
        && digits[0] == b'0'
        && lower(1) == Some(b'x')
    {
        radix = 16;
        digits = &digits[2..];
    } else if (radix == 0 || radix == 8)
        && digits.len() > 1
        && digits[0] == b'0'
        && lower(1) == Some(b'o')
    {
        radix = 8;
        digits = &digits[2..];
    } else if (radix == 0 || radix == 2)
        && digits.len() > 1
        && digits[0] == b'0'
        && lower(1) == Some(b'b')
    {
        radix = 2;
        digits = &digits[2..];
    } else if radix == 0 {
        radix = 10;
    }
    let bad = |vm: &mut Vm| {
        let shown = core::str::from_utf8(text).unwrap_or("?");
        vm.value_error_fmt(format_args!(
            "invalid syntax for integer with base {radix}: '{shown}'"
        ))
    };
    if digits.is_empty() || digits.starts_with(b"_") || digits.ends_with(b"_") {
        return Err(bad(vm));
    }
    // Fast path: fits a machine word.
    let mut acc: i64 = 0;
    let mut fits = true;
    for &c in digits {
        if c == b'_' {
            continue;
        }
        let Some(d) = (c as char).to_digit(radix) else {
            return Err(bad(vm));
        };
        match acc
            .checked_mul(radix as i64)
            .and_then(|v| v.checked_add(d as i64))
        {
            Some(v) => acc = v,
            None => {
                fits = false;
                break;
            }
        }
    }
    if fits {
        return from_i64(vm, if neg { -acc } else { acc });
    }
    let mut b = Big::from_str_radix(digits, radix, VmManaged).map_err(|_| bad(vm))?;
    if neg {
        b.negate();
    }
    from_big(vm, b)
}

fn trim_ascii(s: &[u8]) -> &[u8] {
    let start = s
        .iter()
        .position(|c| !c.is_ascii_whitespace())
        .unwrap_or(s.len());
    let end = s
        .iter()
        .rposition(|c| !c.is_ascii_whitespace())
        .map_or(start, |i| i + 1);
    &s[start..end]
}
