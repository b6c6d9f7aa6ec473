//! `bytearray`: a mutable byte buffer (the buffer protocol's writable end).

use crate::buf::Buf;
use crate::error::PyResult;
use crate::obj::ObjHeader;
use crate::objfun::BuiltinFn;
use crate::ops::*;
use crate::q;
use crate::types::{Attr, BufferInfo, PrintKind, Type, flags};
use crate::value::Value;
use crate::vm::Vm;

/// A bytearray object.
#[repr(C)]
pub struct ByteArray {
    /// Header.
    pub base: ObjHeader,
    /// Bytes in use.
    pub len: usize,
    /// Bytes allocated.
    pub cap: usize,
    /// The bytes (a managed block).
    pub data: *mut u8,
}

/// The `bytearray` type.
pub static BYTEARRAY_TYPE: Type = Type {
    flags: flags::BASETYPE,
    make_new: Some(bytearray_make_new),
    print: Some(bytearray_print),
    unary_op: Some(bytearray_unary_op),
    binary_op: Some(bytearray_binary_op),
    subscr: Some(bytearray_subscr),
    getiter: Some(crate::objiter::seq_getiter),
    buffer: Some(bytearray_buffer),
    methods: BYTEARRAY_METHODS,
    ..Type::new(q!("bytearray"))
};

fn ba(v: Value) -> &'static mut ByteArray {
    // SAFETY: callers pass bytearrays (or subclass instances).
    unsafe { &mut *crate::objtype::native_of(v, &BYTEARRAY_TYPE).as_ptr::<ByteArray>() }
}

/// The bytes of a bytearray value.
pub fn bytearray_bytes<'a>(v: Value) -> &'a mut [u8] {
    let b = ba(v);
    if b.data.is_null() {
        return &mut [];
    }
    // SAFETY: `len` initialised bytes in a live block.
    unsafe { core::slice::from_raw_parts_mut(b.data, b.len) }
}

/// The bytes of any object with the buffer protocol (bytes, bytearray, ...).
pub fn buffer_bytes<'a>(v: Value) -> Option<&'a [u8]> {
    if let Some(b) = crate::objstr::bytes_bytes(v) {
        return Some(b);
    }
    if crate::objtype::is_base_type(v, &BYTEARRAY_TYPE) {
        return Some(bytearray_bytes(v));
    }
    None
}

/// A new bytearray holding a copy of `s`.
pub fn new_bytearray(vm: &mut Vm, s: &[u8]) -> PyResult {
    let data = vm.alloc_bytes(s.len())?;
    // SAFETY: a fresh block of s.len() bytes.
    unsafe { core::ptr::copy_nonoverlapping(s.as_ptr(), data, s.len()) };
    vm.new_obj(ByteArray {
        base: ObjHeader::new(&BYTEARRAY_TYPE),
        len: s.len(),
        cap: s.len(),
        data,
    })
}

fn bytearray_make_new(vm: &mut Vm, ty: &'static Type, args: &[Value], kw: &[Value]) -> PyResult {
    let b = if args.is_empty() {
        crate::objstr::new_bytes(vm, b"")?
    } else {
        crate::strmethods::bytes_make_new(vm, ty, args, kw)?
    };
    let s = crate::objstr::bytes_bytes(b).unwrap_or(&[]);
    new_bytearray(vm, s)
}

fn bytearray_buffer(_vm: &mut Vm, v: Value, _writable: bool) -> Option<BufferInfo> {
    let b = ba(v);
    Some(BufferInfo {
        ptr: b.data,
        len: b.len,
        typecode: b'B',
    })
}

fn bytearray_print(_vm: &mut Vm, buf: &mut Buf, v: Value, _kind: PrintKind) -> PyResult<()> {
    buf.push_str("bytearray(");
    crate::objstr::write_bytes_repr(buf, bytearray_bytes(v));
    buf.push(b')');
    Ok(())
}

fn bytearray_unary_op(_vm: &mut Vm, op: u8, v: Value) -> PyResult {
    match op {
        UNARY_LEN => Ok(Value::small_int(ba(v).len as isize)),
        UNARY_BOOL => Ok(Value::bool(ba(v).len != 0)),
        _ => Ok(Value::NULL),
    }
}

fn append_bytes(vm: &mut Vm, v: Value, s: &[u8]) -> PyResult<()> {
    let b = ba(v);
    if b.len + s.len() > b.cap {
        let cap = (b.len + s.len()).max(b.cap * 2).max(8);
        let d = vm.realloc_bytes(b.data, cap)?;
        let b = ba(v);
        b.data = d;
        b.cap = cap;
    }
    let b = ba(v);
    // SAFETY: room for s.len() more bytes.
    unsafe { core::ptr::copy_nonoverlapping(s.as_ptr(), b.data.add(b.len), s.len()) };
    b.len += s.len();
    Ok(())
}

fn bytearray_binary_op(vm: &mut Vm, op: u8, a: Value, b: Value) -> PyResult {
    match op {
        ADD => {
            let Some(y) = buffer_bytes(b) else {
                return Ok(Value::NULL);
            };
            let r = new_bytearray(vm, bytearray_bytes(a))?;
            append_bytes(vm, r, y)?;
            Ok(r)
        }
        14 => {
            let Some(y) = buffer_bytes(b) else {
                return Ok(Value::NULL);
            };
            let copy = crate::objstr::new_bytes(vm, y)?;
            append_bytes(vm, a, crate::objstr::bytes_bytes(copy).unwrap_or(&[]))?;
            Ok(a)
        }
        CONTAINS => {
            if let Some(n) = crate::objint::small_of(b) {
                return Ok(Value::bool(bytearray_bytes(a).contains(&(n as u8))));
            }
            let Some(y) = buffer_bytes(b) else {
                return Ok(Value::NULL);
            };
            Ok(Value::bool(
                crate::strmethods::find(bytearray_bytes(a), y, 0).is_some(),
            ))
        }
        EQUAL | NOT_EQUAL => {
            let same = buffer_bytes(b).is_some_and(|y| y == bytearray_bytes(a));
            Ok(Value::bool(same == (op == EQUAL)))
        }
        _ => Ok(Value::NULL),
    }
}

fn bytearray_subscr(vm: &mut Vm, v: Value, index: Value, value: Value) -> PyResult {
    let n = ba(v).len;
    if index.is_type(&crate::objslice::SLICE_TYPE) {
        let sel = crate::objslice::slice_indices(vm, index, n)?;
        if value == Value::SENTINEL {
            let mut out = Buf::new();
            let s = bytearray_bytes(v);
            for k in 0..sel.count {
                out.push(s[(sel.start + k as isize * sel.step) as usize]);
            }
            return new_bytearray(vm, out.as_bytes());
        }
        let src = if value.is_null() {
            &[][..]
        } else {
            buffer_bytes(value).unwrap_or(&[])
        };
        let copy = crate::objstr::new_bytes(vm, src)?;
        let src = crate::objstr::bytes_bytes(copy).unwrap_or(&[]);
        if sel.step == 1 {
            let st = sel.start.max(0) as usize;
            let tail = crate::objstr::new_bytes(vm, &bytearray_bytes(v)[st + sel.count..])?;
            ba(v).len = st;
            append_bytes(vm, v, src)?;
            append_bytes(vm, v, crate::objstr::bytes_bytes(tail).unwrap_or(&[]))?;
            return Ok(Value::NONE);
        }
        if src.len() != sel.count {
            return Err(vm.value_error("slice assignment size mismatch"));
        }
        let s = bytearray_bytes(v);
        for (k, &b) in src.iter().enumerate() {
            s[(sel.start + k as isize * sel.step) as usize] = b;
        }
        return Ok(Value::NONE);
    }
    let i = crate::objslice::index_of(vm, index, n, "bytearray")?;
    if value == Value::SENTINEL {
        return Ok(Value::small_int(isize::from(bytearray_bytes(v)[i])));
    }
    if value.is_null() {
        let s = bytearray_bytes(v);
        s.copy_within(i + 1.., i);
        ba(v).len -= 1;
        return Ok(Value::NONE);
    }
    match crate::objint::small_of(value) {
        Some(b @ 0..=255) => {
            bytearray_bytes(v)[i] = b as u8;
            Ok(Value::NONE)
        }
        _ => Err(vm.value_error("byte must be in range(0, 256)")),
    }
}

static APPEND: BuiltinFn = BuiltinFn::f2(|vm, v, x| match crate::objint::small_of(x) {
    Some(b @ 0..=255) => append_bytes(vm, v, &[b as u8]).map(|_| Value::NONE),
    _ => Err(vm.value_error("byte must be in range(0, 256)")),
});
static EXTEND: BuiltinFn = BuiltinFn::f2(|vm, v, x| {
    let b = crate::strmethods::bytes_make_new(vm, &crate::objstr::BYTES_TYPE, &[x], &[])?;
    append_bytes(vm, v, crate::objstr::bytes_bytes(b).unwrap_or(&[])).map(|_| Value::NONE)
});
static DECODE: BuiltinFn = BuiltinFn::var(1, 3, |vm, a| {
    crate::objstr::new_str(vm, bytearray_bytes(a[0]))
});

static BYTEARRAY_METHODS: &[Attr] = &[
    Attr::new(q!("append"), APPEND.value()),
    Attr::new(q!("decode"), DECODE.value()),
    Attr::new(q!("extend"), EXTEND.value()),
];
