//! The `cmath` module: MicroPython's complex functions (same formulas, same results).

use crate::error::PyResult;
use crate::modutil::{Member, fill, get_float};
use crate::objcomplex::{ComplexObj, is_complex, new_complex};
use crate::objfloat::{FloatObj, new_float};
use crate::objfun::BuiltinFn;
use crate::value::Value;
use crate::vm::Vm;

/// The real and imaginary parts of a number, else `TypeError: can't convert T to complex`.
pub fn get_complex(vm: &mut Vm, z: Value) -> PyResult<(f64, f64)> {
    if is_complex(z) {
        // SAFETY: checked type.
        let c = unsafe { &*z.as_ptr::<ComplexObj>() };
        return Ok((c.re, c.im));
    }
    if crate::objint::is_int(z) || z.is_type(&crate::objfloat::FLOAT_TYPE) {
        return Ok((get_float(vm, z)?, 0.0));
    }
    let t = vm.type_name(z);
    Err(vm.type_error_fmt(format_args!("can't convert {t} to complex")))
}

fn complex1(vm: &mut Vm, z: Value, f: fn(f64, f64) -> (f64, f64)) -> PyResult {
    let (re, im) = get_complex(vm, z)?;
    let (a, b) = f(re, im);
    new_complex(vm, a, b)
}

macro_rules! cfun {
    ($name:ident, $f:expr) => {
        static $name: BuiltinFn = BuiltinFn::f1(|vm, z| complex1(vm, z, $f));
    };
}

cfun!(EXP, |re, im| {
    let e = libm::exp(re);
    (e * libm::cos(im), e * libm::sin(im))
});
cfun!(LOG, |re, im| (
    libm::log(libm::sqrt(re * re + im * im)),
    libm::atan2(im, re)
));
cfun!(LOG10, |re, im| (
    core::f64::consts::LOG10_E * libm::log(libm::sqrt(re * re + im * im)),
    core::f64::consts::LOG10_E * libm::atan2(im, re)
));
cfun!(SQRT, |re, im| {
    let m = libm::pow(re * re + im * im, 0.25);
    let t = libm::atan2(im, re) / 2.0;
    (m * libm::cos(t), m * libm::sin(t))
});
cfun!(COS, |re, im| (
    libm::cos(re) * libm::cosh(im),
    -libm::sin(re) * libm::sinh(im)
));
cfun!(SIN, |re, im| (
    libm::sin(re) * libm::cosh(im),
    libm::cos(re) * libm::sinh(im)
));

static PHASE: BuiltinFn = BuiltinFn::f1(|vm, z| {
    let (re, im) = get_complex(vm, z)?;
    new_float(vm, libm::atan2(im, re))
});
static POLAR: BuiltinFn = BuiltinFn::f1(|vm, z| {
    let (re, im) = get_complex(vm, z)?;
    let a = new_float(vm, libm::sqrt(re * re + im * im))?;
    let b = new_float(vm, libm::atan2(im, re))?;
    crate::objtuple::new_tuple(vm, &[a, b])
});
static RECT: BuiltinFn = BuiltinFn::f2(|vm, r, phi| {
    let r = get_float(vm, r)?;
    let phi = get_float(vm, phi)?;
    new_complex(vm, r * libm::cos(phi), r * libm::sin(phi))
});

static E: FloatObj = crate::modmath::float_const(core::f64::consts::E);
static PI: FloatObj = crate::modmath::float_const(core::f64::consts::PI);

static MEMBERS: &[Member] = &[
    (b"e", Value::from_static(&E)),
    (b"pi", Value::from_static(&PI)),
    (b"cos", COS.value()),
    (b"exp", EXP.value()),
    (b"log", LOG.value()),
    (b"log10", LOG10.value()),
    (b"phase", PHASE.value()),
    (b"polar", POLAR.value()),
    (b"rect", RECT.value()),
    (b"sin", SIN.value()),
    (b"sqrt", SQRT.value()),
];

/// Fills the `cmath` module.
pub fn init(vm: &mut Vm, g: Value) -> PyResult<()> {
    fill(vm, g, MEMBERS)
}
