//! `float`: boxed `f64` (representation A keeps floats on the heap).

use crate::buf::Buf;
use crate::error::PyResult;
use crate::obj::ObjHeader;
use crate::objexc::ZERO_DIVISION_ERROR;
use crate::ops::*;
use crate::q;
use crate::types::{PrintKind, Type, flags};
use crate::value::Value;
use crate::vm::Vm;
use crate::{objint, objstr};

/// A float object.
#[repr(C)]
pub struct FloatObj {
    /// Header.
    pub base: ObjHeader,
    /// The value.
    pub value: f64,
}

/// The `float` type.
pub static FLOAT_TYPE: Type = Type {
    flags: flags::BASETYPE,
    make_new: Some(float_make_new),
    print: Some(float_print),
    unary_op: Some(float_unary_op),
    binary_op: Some(float_binary_op),
    methods: crate::floatmethods::FLOAT_METHODS,
    ..Type::new(q!("float"))
};

/// A new float.
#[inline]
pub fn new_float(vm: &mut Vm, f: f64) -> PyResult {
    vm.new_obj(FloatObj {
        base: ObjHeader::new(&FLOAT_TYPE),
        value: f,
    })
}

/// The value of a float object.
#[inline]
pub fn float_value(v: Value) -> f64 {
    // SAFETY: callers check the type.
    unsafe { (*v.as_ptr::<FloatObj>()).value }
}

/// A number (int, bool, float) as `f64`; `None` for other types.
pub fn to_f64(vm: &mut Vm, v: Value) -> PyResult<Option<f64>> {
    if v.is_type(&FLOAT_TYPE) {
        return Ok(Some(float_value(v)));
    }
    if objint::is_int(v) {
        return objint::int_to_f64(vm, v).map(Some);
    }
    Ok(None)
}

/// `x ** y` with C's `pow` semantics for finite values.
pub fn powf(x: f64, y: f64) -> f64 {
    libm::pow(x, y)
}

fn float_print(vm: &mut Vm, buf: &mut Buf, v: Value, _kind: PrintKind) -> PyResult<()> {
    crate::floatfmt::write_repr(buf, float_value(v));
    if buf.oom {
        return Err(vm.memory_error());
    }
    Ok(())
}

fn float_make_new(vm: &mut Vm, _ty: &'static Type, args: &[Value], kw: &[Value]) -> PyResult {
    if !kw.is_empty() {
        return Err(vm.type_error("function doesn't take keyword arguments"));
    }
    match *args {
        [] => new_float(vm, 0.0),
        [x] => {
            if x.is_type(&FLOAT_TYPE) {
                return Ok(x);
            }
            if let Some(s) = objstr::str_bytes(vm, x).or_else(|| objstr::bytes_bytes(x)) {
                return parse_float(vm, s);
            }
            if objint::is_int(x) {
                let f = objint::int_to_f64(vm, x)?;
                return new_float(vm, f);
            }
            let n = crate::objtype::instance_native(x);
            if n.is_type(&FLOAT_TYPE) {
                return new_float(vm, float_value(n));
            }
            match vm.unary_op(UNARY_FLOAT, x) {
                Ok(r) => Ok(r),
                Err(e) if vm.is_instance(e.0, &crate::objexc::TYPE_ERROR) => {
                    let t = vm.type_name(x);
                    Err(vm.type_error_fmt(format_args!("can't convert {t} to float")))
                }
                Err(e) => Err(e),
            }
        }
        _ => Err(vm.type_error_fmt(format_args!(
            "function takes 1 positional arguments but {} were given",
            args.len()
        ))),
    }
}

/// Parses float text as MicroPython's `float(str)` does (its own decimal algorithm, so the
/// values match MicroPython's bit for bit); `None` if the text is not a number.
pub fn parse_f64(s: &[u8]) -> Option<f64> {
    crate::floatfmt::parse_float_text(s)
}

/// Parses float text as `float(str)` does.
pub fn parse_float(vm: &mut Vm, s: &[u8]) -> PyResult {
    match parse_f64(s) {
        Some(f) => new_float(vm, f),
        None => Err(vm.value_error("invalid syntax for number")),
    }
}

fn float_unary_op(vm: &mut Vm, op: u8, a: Value) -> PyResult {
    let x = float_value(a);
    match op {
        UNARY_POSITIVE | UNARY_FLOAT => Ok(a),
        UNARY_NEGATIVE => new_float(vm, -x),
        UNARY_ABS => new_float(vm, x.abs()),
        UNARY_BOOL => Ok(Value::bool(x != 0.0)),
        UNARY_HASH => {
            // Integral floats hash like the equal int (as `vm.hash` hashes ints).
            if libm::trunc(x) == x && x.is_finite() {
                let t = float_to_int(vm, x)?;
                if t.is_small_int() {
                    return Ok(t);
                }
                Ok(Value::small_int(objint::big_ref(t).hash()))
            } else {
                Ok(Value::small_int(
                    (x.to_bits() >> 4) as isize & (isize::MAX >> 2),
                ))
            }
        }
        UNARY_INT => float_to_int(vm, x),
        _ => Ok(Value::NULL),
    }
}

/// `int(x)` for a float: truncation toward zero.
pub fn float_to_int(vm: &mut Vm, x: f64) -> PyResult {
    if x.is_nan() {
        return Err(vm.value_error("can't convert NaN to int"));
    }
    if x.is_infinite() {
        return Err(vm.exc_msg(&crate::objexc::OVERFLOW_ERROR, "can't convert inf to int"));
    }
    let t = libm::trunc(x);
    if t.abs() < 4.0e18 {
        return objint::from_i64(vm, t as i64);
    }
    let b = objint::Big::from_f64(t, crate::heapalloc::VmManaged)
        .map_err(|e| objint::big_error(vm, e))?;
    objint::from_big(vm, b)
}

/// Python's float modulo (sign of the divisor).
pub fn fmod_py(x: f64, y: f64) -> f64 {
    let m = x % y;
    if m != 0.0 && ((m < 0.0) != (y < 0.0)) {
        m + y
    } else if m == 0.0 {
        0.0f64.copysign(y)
    } else {
        m
    }
}

/// Python's float floor division.
pub fn floordiv_py(x: f64, y: f64) -> f64 {
    let m = x % y;
    let mut d = (x - m) / y;
    if m != 0.0 && ((y < 0.0) != (m < 0.0)) {
        d -= 1.0;
    }
    if d == 0.0 {
        // A zero quotient takes the sign of the true quotient (`-0.0 // -2` is `0.0`).
        return 0.0f64.copysign(x / y);
    }
    let f = floor(d);
    if d - f > 0.5 { f + 1.0 } else { f }
}

fn floor(x: f64) -> f64 {
    libm::floor(x)
}

/// Compares float `x` with an int too big to be a float, whose sign is `positive`: such an
/// int lies beyond every finite float but short of infinity (`inf > 10 ** 400`).
fn compare_beyond_float(op: u8, x: f64, positive: bool) -> bool {
    // -1: x below the int, 1: x above it, 0: unordered (nan).
    let side = if x.is_nan() {
        0
    } else if positive {
        if x == f64::INFINITY { 1 } else { -1 }
    } else if x == f64::NEG_INFINITY {
        -1
    } else {
        1
    };
    match op {
        LESS | LESS_EQUAL => side < 0,
        MORE | MORE_EQUAL => side > 0,
        NOT_EQUAL => true,
        _ => false,
    }
}

/// Float binary operators (the left operand is a float).
pub fn float_binary_op(vm: &mut Vm, op: u8, a: Value, b: Value) -> PyResult {
    let x = float_value(a);
    if crate::objcomplex::is_complex(b) {
        return crate::objcomplex::complex_binary_op(vm, op, a, b);
    }
    if op <= NOT_EQUAL && b.is_type(&objint::INT_TYPE) {
        let big = objint::big_ref(b);
        if big.to_f64().is_err() {
            return Ok(Value::bool(compare_beyond_float(op, x, !big.is_negative())));
        }
    }
    let Some(y) = to_f64(vm, b)? else {
        return Ok(Value::NULL);
    };
    let op = non_inplace(op);
    let (x, y, op) = if (REVERSE_OR..=REVERSE_OR + (POWER - OR)).contains(&op) {
        (y, x, op - REVERSE_OR + OR)
    } else {
        (x, y, op)
    };
    let zero_div = |vm: &mut Vm| Err(vm.exc_msg(&ZERO_DIVISION_ERROR, "divide by zero"));
    let r = match op {
        LESS => return Ok(Value::bool(x < y)),
        MORE => return Ok(Value::bool(x > y)),
        EQUAL => return Ok(Value::bool(x == y)),
        LESS_EQUAL => return Ok(Value::bool(x <= y)),
        MORE_EQUAL => return Ok(Value::bool(x >= y)),
        NOT_EQUAL => return Ok(Value::bool(x != y)),
        ADD => x + y,
        SUBTRACT => x - y,
        MULTIPLY => x * y,
        TRUE_DIVIDE => {
            if y == 0.0 {
                return zero_div(vm);
            }
            x / y
        }
        FLOOR_DIVIDE => {
            if y == 0.0 {
                return zero_div(vm);
            }
            floordiv_py(x, y)
        }
        MODULO => {
            if y == 0.0 {
                return zero_div(vm);
            }
            fmod_py(x, y)
        }
        DIVMOD => {
            if y == 0.0 {
                return zero_div(vm);
            }
            let q = new_float(vm, floordiv_py(x, y))?;
            let m = new_float(vm, fmod_py(x, y))?;
            return crate::objtuple::new_tuple(vm, &[q, m]);
        }
        POWER => {
            if x == 0.0 && y < 0.0 {
                return Err(vm.exc_msg(&ZERO_DIVISION_ERROR, "0.0 to a negative power"));
            }
            if x < 0.0 && libm::trunc(y) != y {
                return crate::objcomplex::complex_pow_real(vm, x, y);
            }
            powf(x, y)
        }
        _ => return Ok(Value::NULL),
    };
    new_float(vm, r)
}
