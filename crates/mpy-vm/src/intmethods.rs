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
pub fn int_make_new(vm: &mut Vm, _ty: &'static Type, args: &[Value], _kw: &[Value]) -> PyResult {
    match *args {
        [] => Ok(Value::small_int(0)),
        [x] => {
            if let Some(s) =
                crate::objstr::str_bytes(vm, x).or_else(|| crate::objstr::bytes_bytes(x))
            {
                return objint::parse_int(vm, s, 10);
            }
            if is_int(x) {
                return if x.is_small_int() || x.is_type(&objint::INT_TYPE) {
                    Ok(x)
                } else {
                    Ok(Value::small_int(small_of(x).unwrap_or(0)))
                };
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
        [x, base] => {
            let b = small_of(base).unwrap_or(-1);
            if b != 0 && !(2..=36).contains(&b) {
                return Err(vm.value_error("int() arg 2 must be >= 2 and <= 36"));
            }
            match crate::objstr::str_bytes(vm, x).or_else(|| crate::objstr::bytes_bytes(x)) {
                Some(s) => objint::parse_int(vm, s, b as u32),
                None => Err(vm.type_error("int() can't convert non-string with explicit base")),
            }
        }
        _ => Err(vm.type_error("int() takes at most 2 arguments")),
    }
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
