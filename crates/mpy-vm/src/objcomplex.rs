//! `complex`: a pair of `f64`.

use crate::buf::Buf;
use crate::error::PyResult;
use crate::obj::ObjHeader;
use crate::objexc::ZERO_DIVISION_ERROR;
use crate::objfloat::{self, FLOAT_TYPE};
use crate::ops::*;
use crate::q;
use crate::qstr::Qstr;
use crate::types::{PrintKind, Type};
use crate::value::Value;
use crate::vm::Vm;

/// A complex number.
#[repr(C)]
pub struct ComplexObj {
    /// Header.
    pub base: ObjHeader,
    /// Real part.
    pub re: f64,
    /// Imaginary part.
    pub im: f64,
}

/// The `complex` type.
pub static COMPLEX_TYPE: Type = Type {
    make_new: Some(complex_make_new),
    print: Some(complex_print),
    unary_op: Some(complex_unary_op),
    binary_op: Some(complex_binary_op),
    attr: Some(complex_attr),
    methods: COMPLEX_METHODS,
    ..Type::new(q!("complex"))
};

/// Whether `v` is a complex object.
#[inline]
pub fn is_complex(v: Value) -> bool {
    v.is_type(&COMPLEX_TYPE)
}

/// A new complex.
pub fn new_complex(vm: &mut Vm, re: f64, im: f64) -> PyResult {
    vm.new_obj(ComplexObj {
        base: ObjHeader::new(&COMPLEX_TYPE),
        re,
        im,
    })
}

fn parts(vm: &mut Vm, v: Value) -> PyResult<Option<(f64, f64)>> {
    if is_complex(v) {
        // SAFETY: checked type.
        let c = unsafe { &*v.as_ptr::<ComplexObj>() };
        return Ok(Some((c.re, c.im)));
    }
    Ok(objfloat::to_f64(vm, v)?.map(|f| (f, 0.0)))
}

/// Parses `complex(str)` text: `a`, `bj`, `a+bj`, `a-bj` (no parentheses, no inner spaces).
pub fn parse_complex(s: &[u8]) -> Option<(f64, f64)> {
    let t = s.trim_ascii();
    if t.is_empty() || t.iter().any(|c| c.is_ascii_whitespace()) {
        return None;
    }
    let Some(body) = t.strip_suffix(b"j").or_else(|| t.strip_suffix(b"J")) else {
        return objfloat::parse_f64(t).map(|re| (re, 0.0));
    };
    // Split before the sign of the imaginary part (not an exponent's sign).
    let split = (1..body.len())
        .rev()
        .find(|&k| matches!(body[k], b'+' | b'-') && !matches!(body[k - 1], b'e' | b'E'));
    // A bare `j` (or `+j`, `-j`) is a unit imaginary part.
    let imag = |p: &[u8]| match p {
        b"" | b"+" => Some(1.0),
        b"-" => Some(-1.0),
        _ => objfloat::parse_f64(p),
    };
    match split {
        Some(k) => {
            let re = objfloat::parse_f64(&body[..k])?;
            let im = imag(&body[k..])?;
            Some((re, im))
        }
        None => imag(body).map(|im| (0.0, im)),
    }
}

fn complex_make_new(vm: &mut Vm, _ty: &'static Type, args: &[Value], kw: &[Value]) -> PyResult {
    if !kw.is_empty() {
        return Err(vm.type_error("function doesn't take keyword arguments"));
    }
    let cant = |vm: &mut Vm, x: Value, to: &str| {
        let t = vm.type_name(x);
        vm.type_error_fmt(format_args!("can't convert {t} to {to}"))
    };
    match *args {
        [] => new_complex(vm, 0.0, 0.0),
        [x] => {
            if is_complex(x) {
                return Ok(x);
            }
            if let Some(s) = crate::objstr::str_bytes(vm, x) {
                return match parse_complex(s) {
                    Some((re, im)) => new_complex(vm, re, im),
                    None => Err(vm.value_error("invalid syntax for number")),
                };
            }
            match parts(vm, x)? {
                Some((re, im)) => new_complex(vm, re, im),
                None => Err(cant(vm, x, "complex")),
            }
        }
        [a, b] => {
            let Some((ar, ai)) = parts(vm, a)? else {
                return Err(cant(vm, a, "float"));
            };
            let Some((br, bi)) = parts(vm, b)? else {
                return Err(cant(vm, b, "float"));
            };
            new_complex(vm, ar - bi, ai + br)
        }
        _ => Err(vm.type_error_fmt(format_args!(
            "function expected at most 2 arguments, got {}",
            args.len()
        ))),
    }
}

/// One part of a complex as MicroPython prints it: the float repr without `.0`, and no
/// sign on a zero.
fn write_part(buf: &mut Buf, f: f64) {
    let start = buf.len();
    crate::floatfmt::write_repr(buf, f);
    if buf.as_bytes()[start..].ends_with(b".0") {
        buf.truncate(buf.len() - 2);
    }
}

fn complex_print(vm: &mut Vm, buf: &mut Buf, v: Value, _kind: PrintKind) -> PyResult<()> {
    // SAFETY: complex objects only.
    let c = unsafe { &*v.as_ptr::<ComplexObj>() };
    if c.re == 0.0 {
        write_part(buf, c.im);
        buf.push(b'j');
    } else {
        buf.push(b'(');
        write_part(buf, c.re);
        // The sign bit decides, as MicroPython prints it: `-(1+0j)` is `(-1-0j)`.
        if !c.im.is_sign_negative() || c.im.is_nan() {
            buf.push(b'+');
        }
        write_part(buf, c.im);
        buf.push_str("j)");
    }
    if buf.oom {
        return Err(vm.memory_error());
    }
    Ok(())
}

fn complex_attr(vm: &mut Vm, v: Value, attr: Qstr, dest: &mut [Value; 2]) -> PyResult<()> {
    if !dest[0].is_null() {
        return Ok(());
    }
    // SAFETY: complex objects only.
    let c = unsafe { &*v.as_ptr::<ComplexObj>() };
    if attr == q!("real") {
        dest[0] = objfloat::new_float(vm, c.re)?;
    } else if attr == q!("imag") {
        dest[0] = objfloat::new_float(vm, c.im)?;
    }
    Ok(())
}

static CONJUGATE: crate::objfun::BuiltinFn = crate::objfun::BuiltinFn::f1(|vm, v| {
    // SAFETY: complex objects only (a method of the complex type).
    let c = unsafe { &*v.as_ptr::<ComplexObj>() };
    new_complex(vm, c.re, -c.im)
});

static COMPLEX_METHODS: &[crate::types::Attr] =
    &[crate::types::Attr::new(q!("conjugate"), CONJUGATE.value())];

fn complex_unary_op(vm: &mut Vm, op: u8, a: Value) -> PyResult {
    // SAFETY: complex objects only.
    let c = unsafe { &*a.as_ptr::<ComplexObj>() };
    match op {
        UNARY_POSITIVE => Ok(a),
        UNARY_NEGATIVE => new_complex(vm, -c.re, -c.im),
        UNARY_BOOL => Ok(Value::bool(c.re != 0.0 || c.im != 0.0)),
        UNARY_ABS => objfloat::new_float(vm, libm::hypot(c.re, c.im)),
        UNARY_HASH if c.im == 0.0 => {
            let re = objfloat::new_float(vm, c.re)?;
            vm.unary_op(UNARY_HASH, re)
        }
        UNARY_HASH => Ok(Value::small_int(
            ((c.re.to_bits() ^ c.im.to_bits().rotate_left(7)) >> 4) as isize & (isize::MAX >> 2),
        )),
        UNARY_INT | UNARY_FLOAT => {
            let to = if op == UNARY_INT { "int" } else { "float" };
            Err(vm.type_error_fmt(format_args!("can't convert complex to {to}")))
        }
        _ => Ok(Value::NULL),
    }
}

/// `x ** y` for a negative real base and fractional exponent (a complex result).
pub fn complex_pow_real(vm: &mut Vm, x: f64, y: f64) -> PyResult {
    let (re, im) = cpow((x, 0.0), (y, 0.0));
    new_complex(vm, re, im)
}

fn cpow(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
    if a == (0.0, 0.0) {
        return if b == (0.0, 0.0) {
            (1.0, 0.0)
        } else {
            (0.0, 0.0)
        };
    }
    let r = libm::hypot(a.0, a.1);
    let theta = libm::atan2(a.1, a.0);
    let ln_r = libm::log(r);
    let mag = libm::exp(b.0 * ln_r - b.1 * theta);
    let ang = b.1 * ln_r + b.0 * theta;
    (mag * libm::cos(ang), mag * libm::sin(ang))
}

/// Complex binary operators (either operand may be the complex one).
pub fn complex_binary_op(vm: &mut Vm, op: u8, a: Value, b: Value) -> PyResult {
    let (Some(x), Some(y)) = (parts(vm, a)?, parts(vm, b)?) else {
        return Ok(Value::NULL);
    };
    let op = non_inplace(op);
    let (x, y, op) = if (REVERSE_OR..=REVERSE_OR + (POWER - OR)).contains(&op) {
        (y, x, op - REVERSE_OR + OR)
    } else {
        (x, y, op)
    };
    let r = match op {
        EQUAL => return Ok(Value::bool(x == y)),
        FLOOR_DIVIDE => return Err(vm.type_error("can't truncate-divide a complex number")),
        NOT_EQUAL => return Ok(Value::bool(x != y)),
        ADD => (x.0 + y.0, x.1 + y.1),
        SUBTRACT => (x.0 - y.0, x.1 - y.1),
        MULTIPLY => (x.0 * y.0 - x.1 * y.1, x.0 * y.1 + x.1 * y.0),
        TRUE_DIVIDE => {
            let d = y.0 * y.0 + y.1 * y.1;
            if d == 0.0 {
                return Err(vm.exc_msg(&ZERO_DIVISION_ERROR, "complex divide by zero"));
            }
            ((x.0 * y.0 + x.1 * y.1) / d, (x.1 * y.0 - x.0 * y.1) / d)
        }
        POWER => {
            if x == (0.0, 0.0) && (y.1 != 0.0 || y.0 < 0.0) {
                return Err(vm.exc_msg(&ZERO_DIVISION_ERROR, "0.0 to a complex power"));
            }
            cpow(x, y)
        }
        _ => return Ok(Value::NULL),
    };
    let _ = &FLOAT_TYPE;
    new_complex(vm, r.0, r.1)
}
