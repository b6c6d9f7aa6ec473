//! The `math` module, with MicroPython's functions and error rules: a result that is NaN for a
//! non-NaN argument, or infinite for a finite one, raises `ValueError('math domain error')`.

use crate::error::{Exc, PyResult};
use crate::modutil::{Member, fill, get_float, get_int, kwarg};
use crate::obj::ObjHeader;
use crate::objfloat::{FLOAT_TYPE, FloatObj, new_float};
use crate::objfun::BuiltinFn;
use crate::value::Value;
use crate::vm::Vm;

/// `ValueError('math domain error')`.
#[cold]
pub fn math_error(vm: &mut Vm) -> Exc {
    vm.value_error("math domain error")
}

fn generic1(vm: &mut Vm, x: Value, f: fn(f64) -> f64) -> PyResult {
    let x = get_float(vm, x)?;
    let r = f(x);
    if (r.is_nan() && !x.is_nan()) || (r.is_infinite() && !x.is_infinite()) {
        return Err(math_error(vm));
    }
    new_float(vm, r)
}

fn generic2(vm: &mut Vm, x: Value, y: Value, f: fn(f64, f64) -> f64) -> PyResult {
    let x = get_float(vm, x)?;
    let y = get_float(vm, y)?;
    let r = f(x, y);
    if (r.is_nan() && !x.is_nan() && !y.is_nan())
        || (r.is_infinite() && !x.is_infinite() && !y.is_infinite())
    {
        return Err(math_error(vm));
    }
    new_float(vm, r)
}

macro_rules! fun1 {
    ($name:ident, $f:expr) => {
        static $name: BuiltinFn = BuiltinFn::f1(|vm, x| generic1(vm, x, $f));
    };
}
macro_rules! fun2 {
    ($name:ident, $f:expr) => {
        static $name: BuiltinFn = BuiltinFn::f2(|vm, x, y| generic2(vm, x, y, $f));
    };
}

fun1!(SQRT, libm::sqrt);
fun1!(EXP, libm::exp);
fun1!(EXPM1, libm::expm1);
fun1!(COS, libm::cos);
fun1!(SIN, libm::sin);
fun1!(TAN, libm::tan);
fun1!(ACOS, libm::acos);
fun1!(ASIN, libm::asin);
fun1!(ATAN, libm::atan);
fun1!(COSH, libm::cosh);
fun1!(SINH, libm::sinh);
fun1!(TANH, libm::tanh);
fun1!(ACOSH, libm::acosh);
fun1!(ASINH, libm::asinh);
fun1!(ATANH, libm::atanh);
fun1!(FABS, libm::fabs);
fun1!(ERF, libm::erf);
fun1!(ERFC, libm::erfc);
fun1!(GAMMA, libm::tgamma);
fun1!(LGAMMA, libm::lgamma);
fun1!(DEGREES, |x| x * (180.0 / core::f64::consts::PI));
fun1!(RADIANS, |x| x * (core::f64::consts::PI / 180.0));
fun2!(POW, libm::pow);
fun2!(ATAN2, libm::atan2);
fun2!(COPYSIGN, libm::copysign);
fun2!(FMOD, libm::fmod);

fn log_checked(vm: &mut Vm, x: Value, f: fn(f64) -> f64) -> PyResult {
    let x = get_float(vm, x)?;
    if x <= 0.0 {
        return Err(math_error(vm));
    }
    new_float(vm, f(x))
}

static LOG2: BuiltinFn = BuiltinFn::f1(|vm, x| log_checked(vm, x, libm::log2));
static LOG10: BuiltinFn = BuiltinFn::f1(|vm, x| log_checked(vm, x, libm::log10));
static LOG: BuiltinFn = BuiltinFn::var(1, 2, |vm, a| {
    let x = get_float(vm, a[0])?;
    if x <= 0.0 {
        return Err(math_error(vm));
    }
    let l = libm::log(x);
    match a.get(1) {
        None => new_float(vm, l),
        Some(&b) => {
            let base = get_float(vm, b)?;
            if base <= 0.0 {
                Err(math_error(vm))
            } else if base == 1.0 {
                Err(vm.exc_msg(&crate::objexc::ZERO_DIVISION_ERROR, "divide by zero"))
            } else {
                new_float(vm, l / libm::log(base))
            }
        }
    }
});

/// A float that is a whole number, as an int (`floor`, `ceil`, `trunc`).
pub fn float_to_int_checked(vm: &mut Vm, x: f64) -> PyResult {
    if x.is_nan() {
        return Err(vm.value_error("can't convert NaN to int"));
    }
    if x.is_infinite() {
        return Err(vm.exc_msg(&crate::objexc::OVERFLOW_ERROR, "can't convert inf to int"));
    }
    crate::objfloat::float_to_int(vm, x)
}

static FLOOR: BuiltinFn = BuiltinFn::f1(|vm, x| {
    let f = get_float(vm, x)?;
    float_to_int_checked(vm, libm::floor(f))
});
static CEIL: BuiltinFn = BuiltinFn::f1(|vm, x| {
    let f = get_float(vm, x)?;
    float_to_int_checked(vm, libm::ceil(f))
});
static TRUNC: BuiltinFn = BuiltinFn::f1(|vm, x| {
    let f = get_float(vm, x)?;
    float_to_int_checked(vm, libm::trunc(f))
});

static ISFINITE: BuiltinFn = BuiltinFn::f1(|vm, x| Ok(Value::bool(get_float(vm, x)?.is_finite())));
static ISINF: BuiltinFn = BuiltinFn::f1(|vm, x| Ok(Value::bool(get_float(vm, x)?.is_infinite())));
static ISNAN: BuiltinFn = BuiltinFn::f1(|vm, x| Ok(Value::bool(get_float(vm, x)?.is_nan())));

static MODF: BuiltinFn = BuiltinFn::f1(|vm, x| {
    let x = get_float(vm, x)?;
    let (frac, int) = libm::modf(x);
    let a = new_float(vm, frac)?;
    let b = new_float(vm, int)?;
    crate::objtuple::new_tuple(vm, &[a, b])
});
static FREXP: BuiltinFn = BuiltinFn::f1(|vm, x| {
    let x = get_float(vm, x)?;
    let (m, e) = libm::frexp(x);
    let a = new_float(vm, m)?;
    crate::objtuple::new_tuple(vm, &[a, Value::small_int(e as isize)])
});
static LDEXP: BuiltinFn = BuiltinFn::f2(|vm, x, e| {
    let x = get_float(vm, x)?;
    let e = get_int(vm, e)?.clamp(i32::MIN as i64, i32::MAX as i64) as i32;
    let r = libm::scalbn(x, e);
    if r.is_infinite() && !x.is_infinite() {
        return Err(math_error(vm));
    }
    new_float(vm, r)
});

static ISCLOSE: BuiltinFn = BuiltinFn::kw(2, |vm, a, kw| {
    if a.len() > 2 {
        return Err(vm.type_error("function takes 2 positional arguments"));
    }
    crate::modutil::check_kwargs(vm, kw, &[b"rel_tol", b"abs_tol"])?;
    let x = get_float(vm, a[0])?;
    let y = get_float(vm, a[1])?;
    let rel = match kwarg(vm, kw, b"rel_tol") {
        Some(v) => get_float(vm, v)?,
        None => 1e-9,
    };
    let abs = match kwarg(vm, kw, b"abs_tol") {
        Some(v) => get_float(vm, v)?,
        None => 0.0,
    };
    if rel < 0.0 || abs < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if x == y {
        return Ok(Value::TRUE);
    }
    if x.is_infinite() || y.is_infinite() {
        return Ok(Value::FALSE);
    }
    let d = libm::fabs(x - y);
    Ok(Value::bool(
        d <= abs || d <= libm::fabs(rel * x) || d <= libm::fabs(rel * y),
    ))
});

static FACTORIAL: BuiltinFn = BuiltinFn::f1(|vm, x| {
    let n = get_int(vm, x)?;
    if n < 0 {
        return Err(vm.value_error("negative factorial"));
    }
    let mut acc: u64 = 1;
    let mut i: u64 = 2;
    while i <= n as u64 {
        match acc.checked_mul(i) {
            Some(v) => acc = v,
            None => break,
        }
        i += 1;
    }
    if i > n as u64 {
        return crate::objint::from_u64(vm, acc);
    }
    let mut big = crate::objint::Big::from_u64(acc, crate::heapalloc::VmManaged)
        .map_err(|_| vm.memory_error())?;
    while i <= n as u64 {
        if i & 0xff == 0 {
            vm.check_stack()?;
        }
        big = big.mul_small(i as i64).map_err(|_| vm.memory_error())?;
        i += 1;
    }
    crate::objint::from_big(vm, big)
});

/// A float constant usable in static tables.
pub const fn float_const(f: f64) -> FloatObj {
    FloatObj {
        base: ObjHeader::new(&FLOAT_TYPE),
        value: f,
    }
}

static E: FloatObj = float_const(core::f64::consts::E);
static PI: FloatObj = float_const(core::f64::consts::PI);
static TAU: FloatObj = float_const(core::f64::consts::TAU);
static INF: FloatObj = float_const(f64::INFINITY);
static NAN: FloatObj = float_const(f64::NAN);

static MEMBERS: &[Member] = &[
    (b"e", Value::from_static(&E)),
    (b"pi", Value::from_static(&PI)),
    (b"tau", Value::from_static(&TAU)),
    (b"inf", Value::from_static(&INF)),
    (b"nan", Value::from_static(&NAN)),
    (b"acos", ACOS.value()),
    (b"acosh", ACOSH.value()),
    (b"asin", ASIN.value()),
    (b"asinh", ASINH.value()),
    (b"atan", ATAN.value()),
    (b"atan2", ATAN2.value()),
    (b"atanh", ATANH.value()),
    (b"ceil", CEIL.value()),
    (b"copysign", COPYSIGN.value()),
    (b"cos", COS.value()),
    (b"cosh", COSH.value()),
    (b"degrees", DEGREES.value()),
    (b"erf", ERF.value()),
    (b"erfc", ERFC.value()),
    (b"exp", EXP.value()),
    (b"expm1", EXPM1.value()),
    (b"fabs", FABS.value()),
    (b"factorial", FACTORIAL.value()),
    (b"floor", FLOOR.value()),
    (b"fmod", FMOD.value()),
    (b"frexp", FREXP.value()),
    (b"gamma", GAMMA.value()),
    (b"isclose", ISCLOSE.value()),
    (b"isfinite", ISFINITE.value()),
    (b"isinf", ISINF.value()),
    (b"isnan", ISNAN.value()),
    (b"ldexp", LDEXP.value()),
    (b"lgamma", LGAMMA.value()),
    (b"log", LOG.value()),
    (b"log10", LOG10.value()),
    (b"log2", LOG2.value()),
    (b"modf", MODF.value()),
    (b"pow", POW.value()),
    (b"radians", RADIANS.value()),
    (b"sin", SIN.value()),
    (b"sinh", SINH.value()),
    (b"sqrt", SQRT.value()),
    (b"tan", TAN.value()),
    (b"tanh", TANH.value()),
    (b"trunc", TRUNC.value()),
];

/// Fills the `math` module.
pub fn init(vm: &mut Vm, g: Value) -> PyResult<()> {
    fill(vm, g, MEMBERS)
}
