//! `str` and `bytes` objects (qstrs are strings too, stored inline in the value).

use core::mem::size_of;

use crate::buf::Buf;
use crate::error::PyResult;
use crate::obj::ObjHeader;
use crate::q;
use crate::qstr::str_hash;
use crate::types::{PrintKind, Type};
use crate::value::Value;
use crate::vm::Vm;

/// A `str` or `bytes` object: immutable bytes, either right after the header or borrowed
/// from a `.mpy` image executed in place.
#[repr(C)]
pub struct StrObj {
    /// Header.
    pub base: ObjHeader,
    /// Cached hash (0 = not computed yet).
    pub hash: usize,
    /// Length in bytes.
    pub len: usize,
    /// The bytes.
    pub data: *const u8,
}

/// The `str` type.
pub static STR_TYPE: Type = Type {
    flags: crate::types::flags::BASETYPE,
    make_new: Some(crate::strmethods::str_make_new),
    print: Some(str_print),
    unary_op: Some(crate::strmethods::str_unary_op),
    binary_op: Some(crate::strmethods::str_binary_op),
    subscr: Some(crate::strmethods::str_subscr),
    getiter: Some(crate::strmethods::str_getiter),
    methods: crate::strmethods::STR_METHODS,
    ..Type::new(q!("str"))
};

/// The `bytes` type.
pub static BYTES_TYPE: Type = Type {
    flags: crate::types::flags::BASETYPE,
    make_new: Some(crate::strmethods::bytes_make_new),
    print: Some(str_print),
    unary_op: Some(crate::strmethods::str_unary_op),
    binary_op: Some(crate::strmethods::str_binary_op),
    subscr: Some(crate::strmethods::str_subscr),
    getiter: Some(crate::strmethods::str_getiter),
    buffer: Some(bytes_buffer),
    methods: crate::strmethods::BYTES_METHODS,
    ..Type::new(q!("bytes"))
};

fn bytes_buffer(_vm: &mut Vm, v: Value, writable: bool) -> Option<crate::types::BufferInfo> {
    if writable {
        return None;
    }
    let s = unsafe { &*v.as_ptr::<StrObj>() };
    Some(crate::types::BufferInfo {
        ptr: s.data as *mut u8,
        len: s.len,
        typecode: b'B',
    })
}

/// Allocates a str/bytes object holding a copy of `s`.
pub fn new_strlike(vm: &mut Vm, ty: &'static Type, s: &[u8]) -> PyResult {
    let p = vm.alloc_obj_bytes(ty, size_of::<StrObj>() + s.len() + 1, false)? as *mut StrObj;
    // SAFETY: a fresh block with room for the header and the bytes (plus a NUL).
    unsafe {
        let data = (p as *mut u8).add(size_of::<StrObj>());
        core::ptr::copy_nonoverlapping(s.as_ptr(), data, s.len());
        (*p).len = s.len();
        (*p).data = data;
    }
    Ok(Value::from_ptr(p))
}

/// A new `str` with a copy of `s` (which must be valid UTF-8).
#[inline]
pub fn new_str(vm: &mut Vm, s: &[u8]) -> PyResult {
    new_strlike(vm, &STR_TYPE, s)
}

/// A new `bytes` with a copy of `s`.
#[inline]
pub fn new_bytes(vm: &mut Vm, s: &[u8]) -> PyResult {
    new_strlike(vm, &BYTES_TYPE, s)
}

/// A str/bytes object referring to bytes that outlive it (a `.mpy` image in place).
pub fn new_strlike_static(vm: &mut Vm, ty: &'static Type, s: &'static [u8]) -> PyResult {
    vm.new_obj(StrObj {
        base: ObjHeader::new(ty),
        hash: 0,
        len: s.len(),
        data: s.as_ptr(),
    })
}

/// The bytes of a `str` object or qstr, if `v` is one (also for subclass instances).
#[inline]
pub fn str_bytes<'a>(vm: &Vm, v: Value) -> Option<&'a [u8]> {
    if v.is_qstr() {
        return Some(vm.qstr_str(v.qstr_value()));
    }
    if v.is_type(&STR_TYPE) {
        // SAFETY: checked type; the object's bytes are immutable and live while it does.
        return Some(unsafe { raw_bytes(v) });
    }
    None
}

/// The bytes of a `bytes` object, if `v` is one.
#[inline]
pub fn bytes_bytes<'a>(v: Value) -> Option<&'a [u8]> {
    if v.is_type(&BYTES_TYPE) {
        // SAFETY: checked type.
        return Some(unsafe { raw_bytes(v) });
    }
    None
}

/// The bytes of a str or bytes object.
///
/// # Safety
/// `v` must be a `StrObj` (str or bytes) that stays alive while the slice is used.
#[inline]
pub unsafe fn raw_bytes<'a>(v: Value) -> &'a [u8] {
    unsafe {
        let s = &*v.as_ptr::<StrObj>();
        core::slice::from_raw_parts(s.data, s.len)
    }
}

/// Whether `v` is a str (object or qstr).
#[inline]
pub fn is_str(v: Value) -> bool {
    v.is_qstr() || v.is_type(&STR_TYPE)
}

/// Hash of a str/bytes value (cached in the object).
pub fn strlike_hash(vm: &Vm, v: Value) -> usize {
    if v.is_qstr() {
        return str_hash(vm.qstr_str(v.qstr_value()));
    }
    // SAFETY: callers pass str/bytes objects; the cache holds hash + 1 (str_hash < MAX).
    unsafe {
        let s = &mut *v.as_ptr::<StrObj>();
        if s.hash == 0 {
            s.hash = str_hash(core::slice::from_raw_parts(s.data, s.len)) + 1;
        }
        s.hash - 1
    }
}

/// Writes `s` as Python's repr of a str.
pub fn write_str_repr(buf: &mut Buf, s: &[u8]) {
    let has_single = s.contains(&b'\'');
    let has_double = s.contains(&b'"');
    let quote = if has_single && !has_double {
        b'"'
    } else {
        b'\''
    };
    buf.push(quote);
    let text = core::str::from_utf8(s).unwrap_or("");
    for c in text.chars() {
        match c {
            '\\' => buf.push_str("\\\\"),
            '\n' => buf.push_str("\\n"),
            '\r' => buf.push_str("\\r"),
            '\t' => buf.push_str("\\t"),
            c if c as u32 == quote as u32 => {
                buf.push(b'\\');
                buf.push(quote)
            }
            c if (c as u32) < 0x20 || (0x7f..0x100).contains(&(c as u32)) => {
                let _ = core::fmt::Write::write_fmt(buf, format_args!("\\x{:02x}", c as u32));
                true
            }
            c if c.is_ascii() => buf.push(c as u8),
            // MicroPython escapes every non-ASCII character in a repr.
            c if (c as u32) < 0x10000 => {
                let _ = core::fmt::Write::write_fmt(buf, format_args!("\\u{:04x}", c as u32));
                true
            }
            c => {
                let _ = core::fmt::Write::write_fmt(buf, format_args!("\\U{:08x}", c as u32));
                true
            }
        };
    }
    buf.push(quote);
}

/// Writes `s` as Python's repr of a bytes object.
pub fn write_bytes_repr(buf: &mut Buf, s: &[u8]) {
    let has_single = s.contains(&b'\'');
    let has_double = s.contains(&b'"');
    let quote = if has_single && !has_double {
        b'"'
    } else {
        b'\''
    };
    buf.push(b'b');
    buf.push(quote);
    for &b in s {
        match b {
            b'\\' => buf.push_str("\\\\"),
            b'\n' => buf.push_str("\\n"),
            b'\r' => buf.push_str("\\r"),
            b'\t' => buf.push_str("\\t"),
            b if b == quote => {
                buf.push(b'\\');
                buf.push(quote)
            }
            0x20..=0x7e => buf.push(b),
            b => {
                let _ = core::fmt::Write::write_fmt(buf, format_args!("\\x{b:02x}"));
                true
            }
        };
    }
    buf.push(quote);
}

fn str_print(vm: &mut Vm, buf: &mut Buf, v: Value, kind: PrintKind) -> PyResult<()> {
    let is_bytes = v.is_type(&BYTES_TYPE);
    // SAFETY: this slot is only called for str/bytes objects.
    let s = unsafe { raw_bytes(v) };
    match (is_bytes, kind) {
        (false, PrintKind::Str) => {
            buf.push_bytes(s);
        }
        (false, PrintKind::Repr) => write_str_repr(buf, s),
        (true, _) => write_bytes_repr(buf, s),
    }
    if buf.oom {
        Err(vm.memory_error())
    } else {
        Ok(())
    }
}
