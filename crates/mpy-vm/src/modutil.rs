//! Helpers shared by the library modules (`math`, `struct`, `json`, ...): filling a module's
//! namespace from a table, argument conversions with MicroPython's messages, buffers.

use crate::error::PyResult;
use crate::objdict::dict_map;
use crate::qstr::Qstr;
use crate::types::BufferInfo;
use crate::value::Value;
use crate::vm::Vm;

/// One member of a built-in module: its name and value.
pub type Member = (&'static [u8], Value);

/// Adds every `(name, value)` of `items` to the module globals `g` (names interned at run time).
pub fn fill(vm: &mut Vm, g: Value, items: &[Member]) -> PyResult<()> {
    for &(name, v) in items {
        let q = vm.intern(name)?;
        dict_map(g).set_qstr(vm, q, v)?;
    }
    Ok(())
}

/// Sets one member of a module.
pub fn set(vm: &mut Vm, g: Value, name: &[u8], v: Value) -> PyResult<()> {
    let q = vm.intern(name)?;
    dict_map(g).set_qstr(vm, q, v)
}

/// `x` as a float (ints, bools and floats), else `TypeError: can't convert T to float`.
pub fn get_float(vm: &mut Vm, x: Value) -> PyResult<f64> {
    if x.is_type(&crate::objint::INT_TYPE) {
        let b = crate::objint::big_ref(x);
        return Ok(b.to_f64().unwrap_or(if b.is_negative() {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        }));
    }
    match crate::objfloat::to_f64(vm, x)? {
        Some(f) => Ok(f),
        None => {
            let t = vm.type_name(x);
            Err(vm.type_error_fmt(format_args!("can't convert {t} to float")))
        }
    }
}

/// `x` as a machine int, else `TypeError: can't convert T to int` (or OverflowError).
pub fn get_int(vm: &mut Vm, x: Value) -> PyResult<i64> {
    let x = crate::objint::int_subclass_value(x);
    if let Some(n) = crate::objint::to_i64(x) {
        return Ok(n);
    }
    if crate::objint::is_int(x) {
        return Err(vm.exc_msg(
            &crate::objexc::OVERFLOW_ERROR,
            "overflow converting long int to machine word",
        ));
    }
    let t = vm.type_name(x);
    Err(vm.type_error_fmt(format_args!("can't convert {t} to int")))
}

/// The low 64 bits of any int (two's complement), as MicroPython truncates when packing.
pub fn get_int_truncated(vm: &mut Vm, x: Value) -> PyResult<u64> {
    if let Some(n) = crate::objint::small_of(x) {
        return Ok(n as i64 as u64);
    }
    if x.is_type(&crate::objint::INT_TYPE) {
        let b = crate::objint::big_ref(x);
        let mag = b.magnitude();
        let lo = u64::from(mag.first().copied().unwrap_or(0))
            | (u64::from(mag.get(1).copied().unwrap_or(0)) << 32);
        return Ok(if b.is_negative() {
            lo.wrapping_neg()
        } else {
            lo
        });
    }
    let t = vm.type_name(x);
    Err(vm.type_error_fmt(format_args!("can't convert {t} to int")))
}

/// The buffer of an object with the buffer protocol (str, bytes, bytearray, array, ...).
pub fn get_buffer(vm: &mut Vm, v: Value, writable: bool) -> Option<BufferInfo> {
    if !writable {
        if let Some(s) = crate::objstr::str_bytes(vm, v) {
            return Some(BufferInfo {
                ptr: s.as_ptr() as *mut u8,
                len: s.len(),
                typecode: b'B',
            });
        }
    }
    crate::objarray::get_buffer(vm, v, writable)
}

/// The bytes of a buffer (borrowed; valid until the object is mutated or freed).
pub fn buffer_slice<'a>(b: &BufferInfo) -> &'a [u8] {
    if b.len == 0 || b.ptr.is_null() {
        return &[];
    }
    // SAFETY: a buffer reported by a live object's buffer slot.
    unsafe { core::slice::from_raw_parts(b.ptr, b.len) }
}

/// The bytes of a readable buffer, or `TypeError: object with buffer protocol required`.
pub fn get_bytes<'a>(vm: &mut Vm, v: Value) -> PyResult<&'a [u8]> {
    match get_buffer(vm, v, false) {
        Some(b) => Ok(buffer_slice(&b)),
        None => Err(vm.type_error("object with buffer protocol required")),
    }
}

/// The value of keyword argument `name` among flattened `(name, value)` pairs.
pub fn kwarg(vm: &Vm, kw: &[Value], name: &[u8]) -> Option<Value> {
    kw.chunks(2).find_map(|p| {
        let n = if p[0].is_qstr() {
            vm.qstr_str(p[0].qstr_value())
        } else {
            crate::objstr::str_bytes(vm, p[0]).unwrap_or(b"")
        };
        (n == name).then_some(p[1])
    })
}

/// Raises `TypeError` if `kw` holds a name other than `allowed`.
pub fn check_kwargs(vm: &mut Vm, kw: &[Value], allowed: &[&[u8]]) -> PyResult<()> {
    for p in kw.chunks(2) {
        let n = if p[0].is_qstr() {
            vm.qstr_str(p[0].qstr_value())
        } else {
            crate::objstr::str_bytes(vm, p[0]).unwrap_or(b"")
        };
        if !allowed.contains(&n) {
            let n = core::str::from_utf8(n).unwrap_or("?");
            return Err(vm.type_error_fmt(format_args!("unexpected keyword argument '{n}'")));
        }
    }
    Ok(())
}

/// The bytes of the name of a qstr value or str.
pub fn name_bytes<'a>(vm: &Vm, q: Qstr) -> &'a [u8] {
    vm.qstr_str(q)
}

/// Calls `obj.name(*args)`.
pub fn call_method(vm: &mut Vm, obj: Value, name: Qstr, args: &[Value]) -> PyResult {
    let mut dest = [Value::NULL; 2];
    vm.load_method(obj, name, &mut dest)?;
    vm.call_method(dest, args, &[])
}

/// `OSError(errno)`.
pub fn os_error(vm: &mut Vm, errno: isize) -> crate::error::Exc {
    match crate::objexc::new_exception_args(
        vm,
        &crate::objexc::OS_ERROR,
        &[Value::small_int(errno)],
    ) {
        Ok(e) => crate::error::Exc(e),
        Err(e) => e,
    }
}
