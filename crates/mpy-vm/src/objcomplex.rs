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

fn complex_make_new(vm: &mut Vm, _ty: &'static Type, args: &[Value], _kw: &[Value]) -> PyResult {
    match *args {
        [] => new_complex(vm, 0.0, 0.0),
        [x] => {
            if let Some(s) = crate::objstr::str_bytes(vm, x) {
                let t = core::str::from_utf8(s).unwrap_or("").trim();
                if let Some(body) = t.strip_suffix(['j', 'J']) {
                    if let Ok(im) = body.parse::<f64>() {
                        return new_complex(vm, 0.0, im);
                    }
                }
                if let Ok(re) = t.parse::<f64>() {
                    return new_complex(vm, re, 0.0);
                }
                return Err(vm.value_error("invalid syntax for number"));
            }
            match parts(vm, x)? {
                Some((re, im)) => new_complex(vm, re, im),
                None => Err(vm.type_error("can't convert to complex")),
            }
        }
        [a, b] => {
            let (Some((ar, ai)), Some((br, bi))) = (parts(vm, a)?, parts(vm, b)?) else {
                return Err(vm.type_error("can't convert to complex"));
            };
            new_complex(vm, ar - bi, ai + br)
        }
        _ => Err(vm.type_error("function takes at most 2 arguments")),
    }
}

fn write_part(buf: &mut Buf, f: f64) {
    let mut s = alloc::string::String::new();
    mpy_format::numtext::write_float_repr(&mut s, f);
    let t = s.strip_suffix(".0").unwrap_or(&s);
    buf.push_str(t);
}

fn complex_print(_vm: &mut Vm, buf: &mut Buf, v: Value, _kind: PrintKind) -> PyResult<()> {
    // SAFETY: complex objects only.
    let c = unsafe { &*v.as_ptr::<ComplexObj>() };
    if c.re == 0.0 && c.re.is_sign_positive() {
        write_part(buf, c.im);
        buf.push(b'j');
    } else {
        buf.push(b'(');
        write_part(buf, c.re);
        if c.im >= 0.0 || c.im.is_nan() {
            buf.push(b'+');
        }
        write_part(buf, c.im);
        buf.push_str("j)");
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

fn complex_unary_op(vm: &mut Vm, op: u8, a: Value) -> PyResult {
    // SAFETY: complex objects only.
    let c = unsafe { &*a.as_ptr::<ComplexObj>() };
    match op {
        UNARY_POSITIVE => Ok(a),
        UNARY_NEGATIVE => new_complex(vm, -c.re, -c.im),
        UNARY_BOOL => Ok(Value::bool(c.re != 0.0 || c.im != 0.0)),
        UNARY_ABS => objfloat::new_float(vm, libm::hypot(c.re, c.im)),
        UNARY_HASH => Ok(Value::small_int(
            ((c.re.to_bits() ^ c.im.to_bits().rotate_left(7)) >> 4) as isize & (isize::MAX >> 2),
        )),
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
