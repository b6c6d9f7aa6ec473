//! `int(...)` construction and the methods of `int`.

use crate::error::PyResult;
use crate::heapalloc::VmManaged;
use crate::objfun::{BuiltinFn, Wrapper};
use crate::objint::{self, Big, big_error, from_big, is_int, small_of, to_big};
use crate::ops::*;
use crate::q;
use crate::types::{Attr, Type};
use crate::value::Value;
use crate::vm::Vm;

/// `int(x)`, `int(str, base)`.
pub fn int_make_new(vm: &mut Vm, _ty: &'static Type, args: &[Value], kw: &[Value]) -> PyResult {
    let mut x = args.first().copied();
    let mut base = args.get(1).copied();
    if args.len() > 2 {
        return Err(vm.type_error_fmt(format_args!(
            "function expected at most 2 arguments, got {}",
            args.len()
        )));
    }
    for p in kw.chunks(2) {
        if p[0] == Value::qstr(q!("base")) {
            base = Some(p[1]);
        } else if p[0] == Value::qstr(q!("x")) {
            x = Some(p[1]);
        } else {
            return Err(vm.type_error("unexpected keyword argument"));
        }
    }
    let Some(x) = x else {
        return Ok(Value::small_int(0));
    };
    if let Some(base) = base {
        let b = match small_of(base) {
            Some(b) => b,
            None => {
                let t = vm.type_name(base);
                return Err(vm.type_error_fmt(format_args!("can't convert {t} to int")));
            }
        };
        if b != 0 && !(2..=36).contains(&b) {
            return Err(vm.value_error("int() arg 2 must be >= 2 and <= 36"));
        }
        return match crate::strmethods::text_of(vm, x) {
            Some((_, s)) => parse_int_text(vm, s, b as u32),
            None => Err(vm.type_error("int() can't convert non-string with explicit base")),
        };
    }
    if let Some((_, s)) = crate::strmethods::text_of(vm, x) {
        return parse_int_text(vm, s, 10);
    }
    if is_int(x) {
        return if x.is_small_int() || x.is_type(&objint::INT_TYPE) {
            Ok(x)
        } else {
            Ok(Value::small_int(small_of(x).unwrap_or(0)))
        };
    }
    if x.is_type(&crate::objfloat::FLOAT_TYPE) {
        return crate::objfloat::float_to_int(vm, crate::objfloat::float_value(x));
    }
    let n = crate::objtype::instance_native(x);
    if is_int(n) {
        return Ok(n);
    }
    vm.unary_op(UNARY_INT, x).map_err(|e| {
        if vm.is_instance(e.0, &crate::objexc::TYPE_ERROR) {
            let t = vm.type_name(x);
            vm.type_error_fmt(format_args!("can't convert {t} to int"))
        } else {
            e
        }
    })
}

/// Parses int text as `int(text, radix)` does (radix 0: from the prefix). Underscores
/// between digits are ignored, as in MicroPython.
pub fn parse_int_text(vm: &mut Vm, text: &[u8], radix: u32) -> PyResult {
    let shown = text.trim_ascii_start();
    let t = shown.trim_ascii_end();
    let bad = |vm: &mut Vm, radix: u32| {
        let s = core::str::from_utf8(shown).unwrap_or("?");
        vm.value_error_fmt(format_args!(
            "invalid syntax for integer with base {radix}: '{s}'"
        ))
    };
    let (neg, body) = match t.first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let mut r = radix;
    let mut digits = body;
    if body.len() >= 2 && body[0] == b'0' {
        let p = body[1].to_ascii_lowercase();
        let pr = match p {
            b'x' => 16,
            b'o' => 8,
            b'b' => 2,
            _ => 0,
        };
        if pr != 0 && (radix == 0 || radix == pr) {
            r = pr;
            digits = &body[2..];
        }
    }
    if r == 0 {
        r = 10;
        // Base 0 refuses leading zeros on a non-zero decimal number.
        if digits.len() > 1 && digits[0] == b'0' && digits.iter().any(|&c| c != b'0' && c != b'_') {
            return Err(bad(vm, radix));
        }
    }
    let mut clean = crate::buf::Buf::new();
    let mut acc: i64 = 0;
    let mut fits = true;
    for &c in digits {
        if c == b'_' {
            continue;
        }
        let Some(d) = (c as char).to_digit(r) else {
            return Err(bad(vm, radix));
        };
        clean.push(c);
        if fits {
            match acc
                .checked_mul(i64::from(r))
                .and_then(|v| v.checked_add(i64::from(d)))
            {
                Some(v) => acc = v,
                None => fits = false,
            }
        }
    }
    if clean.is_empty() {
        return Err(bad(vm, radix));
    }
    if fits {
        return objint::from_i64(vm, if neg { -acc } else { acc });
    }
    if digits.contains(&b'_') {
        // MicroPython's big-int parser takes no underscores.
        return Err(bad(vm, radix));
    }
    if clean.oom {
        return Err(vm.memory_error());
    }
    let mut b = Big::from_str_radix(clean.as_bytes(), r, VmManaged).map_err(|_| bad(vm, radix))?;
    if neg {
        b.negate();
    }
    from_big(vm, b)
}

/// `pow(x, y, m)`.
pub fn pow3(vm: &mut Vm, x: Value, y: Value, m: Value) -> PyResult {
    if !is_int(x) || !is_int(y) || !is_int(m) {
        return Err(
            vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")
        );
    }
    let (bx, by, bm) = (to_big(vm, x)?, to_big(vm, y)?, to_big(vm, m)?);
    if bm.is_zero() {
        return Err(vm.value_error("pow() 3rd argument cannot be 0"));
    }
    let r = bx.pow_mod(&by, &bm).map_err(|e| big_error(vm, e))?;
    from_big(vm, r)
}

fn kwarg(kw: &[Value], name: crate::qstr::Qstr) -> Option<Value> {
    kw.chunks(2)
        .find(|p| p[0] == Value::qstr(name))
        .map(|p| p[1])
}

fn byteorder_little(vm: &mut Vm, v: Option<Value>) -> PyResult<bool> {
    match v {
        None => Ok(false),
        Some(o) if o == Value::qstr(q!("little")) => Ok(true),
        Some(o) if o == Value::qstr(q!("big")) => Ok(false),
        Some(_) => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
    }
}

fn m_from_bytes(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult {
    if a.len() < 2 {
        return Err(vm.type_error("function missing 1 required positional arguments"));
    }
    let data = crate::objstr::bytes_bytes(a[1]).or_else(|| crate::objarray::buffer_bytes(a[1]));
    let Some(data) = data else {
        return Err(vm.type_error("object with buffer protocol required"));
    };
    let little = byteorder_little(vm, a.get(2).copied().or_else(|| kwarg(kw, q!("byteorder"))))?;
    let signed = match kwarg(kw, q!("signed")) {
        Some(s) => vm.is_true(s)?,
        None => false,
    };
    let b = Big::from_bytes(data, little, signed, VmManaged).map_err(|_| vm.memory_error())?;
    from_big(vm, b)
}

fn m_to_bytes(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult {
    let len = a
        .get(1)
        .copied()
        .or_else(|| kwarg(kw, q!("length")))
        .and_then(small_of)
        .unwrap_or(1);
    if len < 0 {
        return Err(vm.value_error("negative length"));
    }
    let little = byteorder_little(vm, a.get(2).copied().or_else(|| kwarg(kw, q!("byteorder"))))?;
    let signed = match kwarg(kw, q!("signed")) {
        Some(s) => vm.is_true(s)?,
        None => false,
    };
    let b = to_big(vm, a[0])?;
    let p = vm.alloc_bytes(len as usize)?;
    // SAFETY: a fresh block of len bytes.
    let out = unsafe { core::slice::from_raw_parts_mut(p, len as usize) };
    b.to_bytes(out, little, signed)
        .map_err(|_| vm.exc_msg(&crate::objexc::OVERFLOW_ERROR, "int too big to convert"))?;
    crate::objstr::new_bytes(vm, out)
}

fn m_bit_length(vm: &mut Vm, v: Value) -> PyResult {
    let b = to_big(vm, v)?;
    Ok(Value::small_int(b.bit_length() as isize))
}

static FROM_BYTES_FN: BuiltinFn = BuiltinFn::kw(2, m_from_bytes);
static FROM_BYTES: Wrapper = Wrapper::new(&crate::objfun::CLASSMETHOD_TYPE, FROM_BYTES_FN.value());
static TO_BYTES: BuiltinFn = BuiltinFn::kw(1, m_to_bytes);
static BIT_LENGTH: BuiltinFn = BuiltinFn::f1(m_bit_length);
static CONJUGATE: BuiltinFn = BuiltinFn::f1(|_vm, v| Ok(v));

/// Methods of `int`.
pub static INT_METHODS: &[Attr] = &[
    Attr::new(q!("bit_length"), BIT_LENGTH.value()),
    Attr::new(q!("conjugate"), CONJUGATE.value()),
    Attr::new(q!("from_bytes"), Value::from_static(&FROM_BYTES)),
    Attr::new(q!("to_bytes"), TO_BYTES.value()),
];
