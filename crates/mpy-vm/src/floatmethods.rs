//! Methods of `float`, and `round()`.

use crate::error::PyResult;
use crate::objfloat::{FLOAT_TYPE, float_value, new_float};
use crate::objfun::BuiltinFn;
use crate::q;
use crate::types::Attr;
use crate::value::Value;
use crate::vm::Vm;

/// Rounds half to even at `digits` decimal places (negative digits round to tens, ...).
fn round_f64(x: f64, digits: i32) -> f64 {
    if !x.is_finite() {
        return x;
    }
    let m = libm::pow(10.0, f64::from(digits.abs()));
    let y = if digits >= 0 { x * m } else { x / m };
    let r = libm::rint(y);
    // Exact halves: pick the even neighbour (rint already does banker's rounding).
    let r = if digits >= 0 { r / m } else { r * m };
    if r.is_finite() { r } else { x }
}

/// `round(x[, n])`.
pub fn round(vm: &mut Vm, x: Value, n: Option<Value>) -> PyResult {
    let n = n.filter(|&v| v != Value::NONE);
    if crate::objint::is_int(x) {
        let Some(n) = n else {
            // Bools round to plain ints.
            return Ok(if x.is_type(&crate::objint::INT_TYPE) {
                x
            } else {
                Value::small_int(crate::objint::small_of(x).unwrap_or(0))
            });
        };
        let d = crate::objint::small_of(n).unwrap_or(0);
        if d >= 0 {
            return Ok(x);
        }
        let v = crate::objint::to_i64(x).unwrap_or(0);
        let m = 10i64.saturating_pow((-d) as u32);
        let q = v.div_euclid(m);
        let r = v.rem_euclid(m);
        let up = r * 2 > m || (r * 2 == m && q % 2 != 0);
        return crate::objint::from_i64(vm, (q + i64::from(up)) * m);
    }
    if !x.is_type(&FLOAT_TYPE) {
        let f = vm.load_attr(x, crate::q!("__round__"))?;
        return vm.call(f, &[], &[]);
    }
    let f = float_value(x);
    match n {
        None => {
            let r = libm::rint(f);
            crate::objfloat::float_to_int(vm, r)
        }
        Some(n) => {
            let d = crate::objint::small_of(n).unwrap_or(0) as i32;
            new_float(vm, round_f64(f, d))
        }
    }
}

static IS_INTEGER: BuiltinFn = BuiltinFn::f1(|_vm, v| {
    let f = float_value(v);
    Ok(Value::bool(f.is_finite() && libm::trunc(f) == f))
});

/// Methods of `float`.
pub static FLOAT_METHODS: &[Attr] = &[Attr::new(q!("is_integer"), IS_INTEGER.value())];
