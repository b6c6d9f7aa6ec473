//! `bytearray`: a mutable byte buffer (the buffer protocol's writable end).

use crate::buf::Buf;
use crate::error::PyResult;
use crate::obj::ObjHeader;
use crate::objfun::BuiltinFn;
use crate::ops::*;
use crate::q;
use crate::types::{BufferInfo, PrintKind, Type, flags};
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
    binary_op: Some(crate::strmethods::str_binary_op),
    subscr: Some(bytearray_subscr),
    getiter: Some(bytearray_getiter),
    buffer: Some(bytearray_buffer),
    methods: crate::strmethods::BYTEARRAY_METHODS,
    ..Type::new(q!("bytearray"))
};

fn ba(v: Value) -> &'static mut ByteArray {
    // SAFETY: callers pass bytearrays (or subclass instances).
    unsafe { &mut *crate::objtype::native_of(v, &BYTEARRAY_TYPE).as_ptr::<ByteArray>() }
}

/// The bytes of a bytearray value.
pub fn bytearray_bytes<'a>(v: Value) -> &'a mut [u8] {
    let b = ba(v);
    if b.data.is_null() || b.len == 0 {
        return &mut [];
    }
    // SAFETY: `len` initialised bytes in a live block.
    unsafe { core::slice::from_raw_parts_mut(b.data, b.len) }
}

/// The bytes of a bytes, bytearray or memoryview object (or a subclass instance of one).
pub fn buffer_bytes<'a>(v: Value) -> Option<&'a [u8]> {
    if let Some(b) = crate::objstr::bytes_bytes(v) {
        return Some(b);
    }
    if crate::objtype::is_base_type(v, &BYTEARRAY_TYPE) {
        return Some(bytearray_bytes(v));
    }
    if v.is_type(&crate::objmemview::MEMORYVIEW_TYPE) {
        return crate::objmemview::memview_bytes(v);
    }
    let n = crate::objtype::instance_native(v);
    if n.is_type(&crate::objstr::BYTES_TYPE) {
        return crate::objstr::bytes_bytes(n);
    }
    None
}

/// The raw buffer of any object with the buffer protocol (bytes, bytearray, array, ...).
pub fn get_buffer(vm: &mut Vm, v: Value, writable: bool) -> Option<BufferInfo> {
    let ty = vm.type_of(v);
    if let Some(f) = ty.buffer {
        return f(vm, v, writable);
    }
    let n = crate::objtype::instance_native(v);
    if !n.is_null() {
        if let Some(f) = vm.type_of(n).buffer {
            return f(vm, n, writable);
        }
    }
    None
}

/// A new bytearray holding a copy of `s`.
pub fn new_bytearray(vm: &mut Vm, s: &[u8]) -> PyResult {
    let data = if s.is_empty() {
        core::ptr::null_mut()
    } else {
        let d = vm.alloc_bytes(s.len())?;
        // SAFETY: a fresh block of s.len() bytes.
        unsafe { core::ptr::copy_nonoverlapping(s.as_ptr(), d, s.len()) };
        d
    };
    vm.new_obj(ByteArray {
        base: ObjHeader::new(&BYTEARRAY_TYPE),
        len: s.len(),
        cap: s.len(),
        data,
    })
}

fn bytearray_make_new(vm: &mut Vm, _ty: &'static Type, args: &[Value], kw: &[Value]) -> PyResult {
    let mut out = Buf::new();
    crate::strmethods::bytes_args(vm, args, kw, &mut out)?;
    new_bytearray(vm, out.as_bytes())
}

fn bytearray_buffer(_vm: &mut Vm, v: Value, _writable: bool) -> Option<BufferInfo> {
    let b = ba(v);
    Some(BufferInfo {
        ptr: b.data,
        len: b.len,
        typecode: b'B',
    })
}

fn bytearray_print(vm: &mut Vm, buf: &mut Buf, v: Value, _kind: PrintKind) -> PyResult<()> {
    buf.push_str("bytearray(");
    crate::objstr::write_bytes_repr(buf, bytearray_bytes(v));
    buf.push(b')');
    if buf.oom {
        return Err(vm.memory_error());
    }
    Ok(())
}

fn bytearray_unary_op(vm: &mut Vm, op: u8, v: Value) -> PyResult {
    match op {
        UNARY_LEN => Ok(Value::small_int(ba(v).len as isize)),
        UNARY_BOOL => Ok(Value::bool(ba(v).len != 0)),
        UNARY_HASH => {
            let t = vm.type_name(v);
            Err(vm.type_error_fmt(format_args!("unhashable type: '{t}'")))
        }
        _ => Ok(Value::NULL),
    }
}

fn reserve(vm: &mut Vm, v: Value, extra: usize) -> PyResult<()> {
    let b = ba(v);
    let need = b.len.checked_add(extra).ok_or_else(|| vm.memory_error())?;
    if need > b.cap {
        let cap = need.max(b.cap.saturating_mul(2)).max(8);
        let d = vm.realloc_bytes(b.data, cap)?;
        let b = ba(v);
        b.data = d;
        b.cap = cap;
    }
    Ok(())
}

/// Appends `s` (which must not point into this bytearray) to the bytearray `v`.
pub fn append_bytes(vm: &mut Vm, v: Value, s: &[u8]) -> PyResult<()> {
    if s.is_empty() {
        return Ok(());
    }
    reserve(vm, v, s.len())?;
    let b = ba(v);
    // SAFETY: room for s.len() more bytes.
    unsafe { core::ptr::copy_nonoverlapping(s.as_ptr(), b.data.add(b.len), s.len()) };
    b.len += s.len();
    Ok(())
}

/// Replaces bytes `start..start+count` of `v` with `src` (a slice assignment with step 1).
fn splice(vm: &mut Vm, v: Value, start: usize, count: usize, src: &[u8]) -> PyResult<()> {
    let old_len = ba(v).len;
    let end = (start + count).min(old_len);
    let start = start.min(end);
    if src.len() > end - start {
        reserve(vm, v, src.len() - (end - start))?;
    }
    let b = ba(v);
    let new_len = old_len - (end - start) + src.len();
    // SAFETY: room for new_len bytes; the tail moves with an overlapping copy.
    unsafe {
        core::ptr::copy(
            b.data.add(end),
            b.data.add(start + src.len()),
            old_len - end,
        );
        core::ptr::copy_nonoverlapping(src.as_ptr(), b.data.add(start), src.len());
    }
    b.len = new_len;
    Ok(())
}

/// An int stored into a bytearray: MicroPython keeps its low 8 bits.
fn byte_value(vm: &mut Vm, x: Value) -> PyResult<u8> {
    match crate::objint::small_of(x) {
        Some(b) => Ok(b as u8),
        None if x.is_type(&crate::objint::INT_TYPE) => {
            let m = crate::objint::big_ref(x).magnitude();
            let lo = m.first().copied().unwrap_or(0) as u8;
            Ok(if crate::objint::big_ref(x).is_negative() {
                lo.wrapping_neg()
            } else {
                lo
            })
        }
        None => {
            let t = vm.type_name(x);
            Err(vm.type_error_fmt(format_args!(
                "'{t}' object cannot be interpreted as an integer"
            )))
        }
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
            if out.oom {
                return Err(vm.memory_error());
            }
            return new_bytearray(vm, out.as_bytes());
        }
        let mut src = Buf::new();
        if !value.is_null() {
            if let Some(k) = crate::objint::small_of(value).filter(|_| crate::objint::is_int(value))
            {
                // `ba[a:b] = n` assigns n zero bytes (as CPython's bytearray(n)).
                for _ in 0..k.max(0) {
                    src.push(0);
                }
            } else {
                crate::strmethods::bytes_from_value(vm, value, &mut src)?;
            }
        }
        if src.oom {
            return Err(vm.memory_error());
        }
        if sel.step == 1 || sel.count == 0 && src.is_empty() {
            let st = sel.start.max(0) as usize;
            splice(vm, v, st, sel.count, src.as_bytes())?;
            return Ok(Value::NONE);
        }
        if value.is_null() {
            // Delete an extended slice: keep the unselected bytes in order.
            let s = bytearray_bytes(v);
            let mut keep = Buf::new();
            for (i, &b) in s.iter().enumerate() {
                let i = i as isize;
                let off = i - sel.start;
                let hit = off % sel.step == 0 && {
                    let k = off / sel.step;
                    k >= 0 && (k as usize) < sel.count
                };
                if !hit {
                    keep.push(b);
                }
            }
            if keep.oom {
                return Err(vm.memory_error());
            }
            let len = keep.len();
            bytearray_bytes(v)[..len].copy_from_slice(keep.as_bytes());
            ba(v).len = len;
            return Ok(Value::NONE);
        }
        if src.len() != sel.count {
            return Err(vm.value_error_fmt(format_args!(
                "attempt to assign bytes of size {} to extended slice of size {}",
                src.len(),
                sel.count
            )));
        }
        let s = bytearray_bytes(v);
        for (k, &b) in src.as_bytes().iter().enumerate() {
            s[(sel.start + k as isize * sel.step) as usize] = b;
        }
        return Ok(Value::NONE);
    }
    let i = crate::objslice::index_of(vm, index, n, "bytearray")?;
    if value == Value::SENTINEL {
        return Ok(Value::small_int(isize::from(bytearray_bytes(v)[i])));
    }
    if value.is_null() {
        splice(vm, v, i, 1, &[])?;
        return Ok(Value::NONE);
    }
    let b = byte_value(vm, value)?;
    bytearray_bytes(v)[i] = b;
    Ok(Value::NONE)
}

/// An iterator over the bytes of a bytearray (or memoryview), yielding ints.
#[repr(C)]
struct ByteIter {
    base: ObjHeader,
    seq: Value,
    pos: usize,
}

static BYTE_ITER_TYPE: Type = Type {
    flags: flags::ITER_IS_SELF,
    iternext: Some(byte_iternext),
    ..Type::new(q!("iterator"))
};

/// `iter()` of a bytearray.
pub fn bytearray_getiter(vm: &mut Vm, v: Value) -> PyResult {
    vm.new_obj(ByteIter {
        base: ObjHeader::new(&BYTE_ITER_TYPE),
        seq: v,
        pos: 0,
    })
}

fn byte_iternext(vm: &mut Vm, it: Value) -> PyResult {
    // SAFETY: byte iterators only.
    let i = unsafe { &mut *it.as_ptr::<ByteIter>() };
    if i.seq.is_type(&crate::objmemview::MEMORYVIEW_TYPE) {
        let r = crate::objmemview::memview_item(vm, i.seq, i.pos)?;
        // SAFETY: the iterator is still alive.
        let i = unsafe { &mut *it.as_ptr::<ByteIter>() };
        if r.is_some() {
            i.pos += 1;
        }
        return Ok(r.unwrap_or(Value::NULL));
    }
    let s = buffer_bytes(i.seq).unwrap_or(&[]);
    match s.get(i.pos) {
        Some(&b) => {
            i.pos += 1;
            Ok(Value::small_int(isize::from(b)))
        }
        None => Ok(Value::NULL),
    }
}

/// `bytearray.append(x)`.
pub static APPEND: BuiltinFn = BuiltinFn::f2(|vm, v, x| {
    let b = byte_value(vm, x)?;
    append_bytes(vm, v, &[b]).map(|_| Value::NONE)
});

/// `bytearray.extend(iterable)`.
pub static EXTEND: BuiltinFn = BuiltinFn::f2(|vm, v, x| {
    let mut src = Buf::new();
    crate::strmethods::bytes_from_value(vm, x, &mut src)?;
    append_bytes(vm, v, src.as_bytes()).map(|_| Value::NONE)
});

/// `bytearray.clear()`.
pub static CLEAR: BuiltinFn = BuiltinFn::f1(|_vm, v| {
    ba(v).len = 0;
    Ok(Value::NONE)
});

/// `bytearray.copy()`.
pub static COPY: BuiltinFn = BuiltinFn::f1(|vm, v| new_bytearray(vm, bytearray_bytes(v)));

/// `bytearray.insert(i, x)`.
pub static INSERT: BuiltinFn = BuiltinFn::f3(|vm, v, i, x| {
    let n = ba(v).len as isize;
    let Some(i) = crate::objint::small_of(i) else {
        let t = vm.type_name(i);
        return Err(vm.type_error_fmt(format_args!("can't convert {t} to int")));
    };
    let i = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    let b = byte_value(vm, x)?;
    splice(vm, v, i, 0, &[b]).map(|_| Value::NONE)
});

/// `bytearray.pop([i])`.
pub static POP: BuiltinFn = BuiltinFn::var(1, 2, |vm, a| {
    let v = a[0];
    let n = ba(v).len;
    if n == 0 {
        return Err(vm.exc_msg(&crate::objexc::INDEX_ERROR, "pop from empty bytearray"));
    }
    let i = match a.get(1) {
        Some(&i) => crate::objslice::index_of(vm, i, n, "bytearray")?,
        None => n - 1,
    };
    let b = bytearray_bytes(v)[i];
    splice(vm, v, i, 1, &[])?;
    Ok(Value::small_int(isize::from(b)))
});

/// `bytearray.remove(x)`.
pub static REMOVE: BuiltinFn = BuiltinFn::f2(|vm, v, x| {
    let b = byte_value(vm, x)?;
    match bytearray_bytes(v).iter().position(|&c| c == b) {
        Some(i) => splice(vm, v, i, 1, &[]).map(|_| Value::NONE),
        None => Err(vm.value_error("value not found in bytearray")),
    }
});

/// `bytearray.reverse()`.
pub static REVERSE: BuiltinFn = BuiltinFn::f1(|_vm, v| {
    bytearray_bytes(v).reverse();
    Ok(Value::NONE)
});
