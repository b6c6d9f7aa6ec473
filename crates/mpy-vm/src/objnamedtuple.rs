//! Attribute tuples: tuples whose items are also named attributes (`sys.implementation`).

use core::mem::size_of;

use crate::buf::Buf;
use crate::error::PyResult;
use crate::obj::ObjHeader;
use crate::q;
use crate::qstr::Qstr;
use crate::types::{PrintKind, Type};
use crate::value::Value;
use crate::vm::Vm;

/// An attribute tuple: the field names, then the values.
#[repr(C)]
pub struct AttrTuple {
    /// Header.
    pub base: ObjHeader,
    /// Number of fields.
    pub len: usize,
    /// Names (qstr values) followed by values.
    pub items: [Value; 0],
}

/// Type of attribute tuples.
pub static ATTRTUPLE_TYPE: Type = Type {
    print: Some(attrtuple_print),
    attr: Some(attrtuple_attr),
    ..Type::new(q!("tuple"))
};

fn fields<'a>(v: Value) -> (&'a [Value], &'a [Value]) {
    // SAFETY: attribute tuples only; 2 * len items after the header.
    unsafe {
        let t = v.as_ptr::<AttrTuple>();
        let all = core::slice::from_raw_parts((*t).items.as_ptr(), 2 * (*t).len);
        all.split_at((*t).len)
    }
}

/// A new attribute tuple from (name, value) pairs.
pub fn new_simple_namespace(vm: &mut Vm, pairs: &[(Qstr, Value)]) -> PyResult {
    let n = pairs.len();
    let p = vm.alloc_obj_bytes(
        &ATTRTUPLE_TYPE,
        size_of::<AttrTuple>() + 2 * n * size_of::<Value>(),
        false,
    )? as *mut AttrTuple;
    // SAFETY: a fresh block with room for 2n values.
    unsafe {
        (*p).len = n;
        let items = (*p).items.as_mut_ptr();
        for (i, &(name, v)) in pairs.iter().enumerate() {
            *items.add(i) = Value::qstr(name);
            *items.add(n + i) = v;
        }
    }
    Ok(Value::from_ptr(p))
}

fn attrtuple_print(vm: &mut Vm, buf: &mut Buf, v: Value, _kind: PrintKind) -> PyResult<()> {
    let (names, values) = fields(v);
    buf.push(b'(');
    for i in 0..names.len() {
        if i > 0 {
            buf.push_str(", ");
        }
        vm.print_value(buf, names[i], PrintKind::Str)?;
        buf.push(b'=');
        vm.print_value(buf, values[i], PrintKind::Repr)?;
    }
    buf.push(b')');
    Ok(())
}

fn attrtuple_attr(_vm: &mut Vm, v: Value, attr: Qstr, dest: &mut [Value; 2]) -> PyResult<()> {
    if !dest[0].is_null() {
        return Ok(());
    }
    let (names, values) = fields(v);
    if let Some(i) = names.iter().position(|&n| n == Value::qstr(attr)) {
        dest[0] = values[i];
    }
    Ok(())
}
