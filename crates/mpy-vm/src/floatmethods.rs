//! Methods of `float`, and `round()`.

use crate::error::PyResult;
use crate::objfloat::{FLOAT_TYPE, float_value, new_float};
use crate::objfun::BuiltinFn;
use crate::q;
use crate::types::Attr;
use crate::value::Value;
use crate::vm::Vm;

/// `round(x, digits)` for a float as MicroPython computes it: `rint(x * 10^d) / 10^d`.
fn round_f64(x: f64, digits: isize) -> f64 {
    let d = digits.clamp(-400, 400) as f64;
    let mult = libm::pow(10.0, d);
    libm::rint(x * mult) / mult
}

/// Rounds the int `x` to a multiple of `10^-digits` (`digits < 0`), ties to even.
fn round_int(vm: &mut Vm, x: Value, digits: isize) -> PyResult {
    if digits >= 0 {
        return Ok(if x.is_type(&crate::objint::INT_TYPE) || x.is_small_int() {
            x
        } else {
            Value::small_int(crate::objint::small_of(x).unwrap_or(0))
        });
    }
    let ten = Value::small_int(10);
    let e = crate::objint::from_i64(vm, -(digits as i64))?;
    let m = vm.binary_op(crate::ops::POWER, ten, e)?;
    let qr = vm.binary_op(crate::ops::DIVMOD, x, m)?;
    let (q, r) = match crate::objtuple::tuple_items(qr) {
        [q, r] => (*q, *r),
        _ => return Ok(x),
    };
    let r2 = vm.binary_op(crate::ops::MULTIPLY, r, Value::small_int(2))?;
    let c = vm.binary_op(crate::ops::MORE, r2, m)?;
    let tie = vm.eq(r2, m)?;
    let odd = vm.binary_op(crate::ops::AND, q, Value::small_int(1))?;
    let up = c == Value::TRUE || tie && odd != Value::small_int(0);
    let q = if up {
        vm.binary_op(crate::ops::ADD, q, Value::small_int(1))?
    } else {
        q
    };
    vm.binary_op(crate::ops::MULTIPLY, q, m)
}

/// `round(x[, n])`.
pub fn round(vm: &mut Vm, x: Value, n: Option<Value>) -> PyResult {
    let n = n.filter(|&v| v != Value::NONE);
    let digits = match n {
        Some(v) => match crate::objint::small_of(v) {
            Some(d) => Some(d),
            None if v.is_type(&crate::objint::INT_TYPE) => {
                Some(if crate::objint::big_ref(v).is_negative() {
                    isize::MIN / 2
                } else {
                    isize::MAX / 2
                })
            }
            None => {
                let t = vm.type_name(v);
                return Err(vm.type_error_fmt(format_args!("can't convert {t} to int")));
            }
        },
        None => None,
    };
    if crate::objint::is_int(x) {
        return round_int(vm, x, digits.unwrap_or(0));
    }
    let f = if x.is_type(&FLOAT_TYPE) {
        float_value(x)
    } else {
        let native = crate::objtype::instance_native(x);
        if native.is_type(&FLOAT_TYPE)
            && crate::objtype::lookup(vm, vm.type_of(x), q!("__round__")).is_none()
        {
            float_value(native)
        } else {
            // Only a class defining __round__ rounds itself; int subclasses round as ints, and
            // anything else is not a number (TypeError, not a missing-attribute error).
            let own = crate::objtype::is_instance_obj(x)
                && crate::objtype::lookup(vm, vm.type_of(x), q!("__round__")).is_some();
            if !own {
                let i = crate::objint::int_subclass_value(x);
                if crate::objint::is_int(i) {
                    return round_int(vm, i, digits.unwrap_or(0));
                }
                let t = vm.type_name(x);
                return Err(vm.type_error_fmt(format_args!("can't convert {t} to float")));
            }
            let f = vm.load_attr(x, q!("__round__"))?;
            let args: &[Value] = match &n {
                Some(v) => core::slice::from_ref(v),
                None => &[],
            };
            return vm.call(f, args, &[]);
        }
    };
    match digits {
        None => crate::objfloat::float_to_int(vm, libm::rint(f)),
        Some(d) => new_float(vm, round_f64(f, d)),
    }
}

static IS_INTEGER: BuiltinFn = BuiltinFn::f1(|_vm, v| {
    let f = float_value(v);
    Ok(Value::bool(f.is_finite() && libm::trunc(f) == f))
});

/// Methods of `float`.
pub static FLOAT_METHODS: &[Attr] = &[Attr::new(q!("is_integer"), IS_INTEGER.value())];
