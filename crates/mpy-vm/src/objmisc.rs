//! The singletons and their types: `None`, `bool`, `Ellipsis`, `NotImplemented`.

use crate::buf::Buf;
use crate::error::PyResult;
use crate::obj::ObjHeader;
use crate::q;
use crate::types::{PrintKind, Type, flags};
use crate::value::Value;
use crate::vm::Vm;

/// The type of `None`.
pub static NONE_TYPE: Type = Type {
    print: Some(|_, buf, _, _| {
        buf.push_str("None");
        Ok(())
    }),
    flags: flags::EQ_BY_IDENTITY,
    ..Type::new(q!("NoneType"))
};

/// The type of `NULL` (never visible to Python code).
pub static NULL_TYPE: Type = Type::new(q!(""));

/// `bool`, a subclass of `int`.
pub static BOOL_TYPE: Type = Type {
    make_new: Some(bool_make_new),
    print: Some(bool_print),
    unary_op: Some(bool_unary_op),
    // MicroPython's bool computes like an int but is not a subclass of it.
    binary_op: Some(crate::objint::int_binary_op),
    ..Type::new(q!("bool"))
};

fn bool_print(_vm: &mut Vm, buf: &mut Buf, v: Value, _kind: PrintKind) -> PyResult<()> {
    buf.push_str(if v == Value::TRUE { "True" } else { "False" });
    Ok(())
}

fn bool_make_new(vm: &mut Vm, _ty: &'static Type, args: &[Value], _kw: &[Value]) -> PyResult {
    match *args {
        [] => Ok(Value::FALSE),
        [x] => Ok(Value::bool(vm.is_true(x)?)),
        _ => Err(vm.type_error("function takes at most 1 argument")),
    }
}

fn bool_unary_op(vm: &mut Vm, op: u8, a: Value) -> PyResult {
    let n = if a == Value::TRUE { 1 } else { 0 };
    crate::objint::small_unary_op(vm, op, Value::small_int(n))
}

/// A static singleton object (Ellipsis, NotImplemented).
#[repr(C)]
pub struct Singleton {
    /// Header.
    pub base: ObjHeader,
}

/// The type of `...`.
pub static ELLIPSIS_TYPE: Type = Type {
    print: Some(|_, buf, _, _| {
        buf.push_str("Ellipsis");
        Ok(())
    }),
    flags: flags::EQ_BY_IDENTITY,
    ..Type::new(q!("Ellipsis"))
};

/// `...`.
pub static ELLIPSIS: Singleton = Singleton {
    base: ObjHeader::new(&ELLIPSIS_TYPE),
};

/// The type of `NotImplemented`.
pub static NOT_IMPLEMENTED_TYPE: Type = Type {
    print: Some(|_, buf, _, _| {
        buf.push_str("NotImplemented");
        Ok(())
    }),
    flags: flags::EQ_BY_IDENTITY,
    ..Type::new(q!("NotImplemented"))
};

/// `NotImplemented`.
pub static NOT_IMPLEMENTED: Singleton = Singleton {
    base: ObjHeader::new(&NOT_IMPLEMENTED_TYPE),
};

/// Whether `v` is a float object.
#[inline]
pub fn is_float(v: Value) -> bool {
    v.is_type(&crate::objfloat::FLOAT_TYPE)
}
