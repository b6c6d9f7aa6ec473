//! `memoryview`: a window on another object's buffer; slices share the memory, no copies.
//!
//! A view keeps its object and a byte offset rather than a raw pointer, and finds the memory
//! through the buffer protocol on every access, so a view of a bytearray that has since been
//! resized never reaches freed memory (MicroPython would read stale memory there).

use crate::buf::Buf;
use crate::error::PyResult;
use crate::obj::ObjHeader;
use crate::objfun::BuiltinFn;
use crate::ops::*;
use crate::q;
use crate::qstr::Qstr;
use crate::types::{Attr, BufferInfo, PrintKind, Type, flags};
use crate::value::Value;
use crate::vm::Vm;

/// A memoryview object.
#[repr(C)]
pub struct MemView {
    /// Header.
    pub base: ObjHeader,
    /// The object whose buffer this views.
    pub obj: Value,
    /// Start of the view in the object's buffer, in bytes.
    pub offset: usize,
    /// Number of items.
    pub len: usize,
    /// Typecode of the items (`B` for bytes).
    pub typecode: u8,
    /// Whether stores are refused.
    pub readonly: bool,
}

/// The `memoryview` type.
pub static MEMORYVIEW_TYPE: Type = Type {
    make_new: Some(memview_make_new),
    print: Some(memview_print),
    unary_op: Some(memview_unary_op),
    binary_op: Some(memview_binary_op),
    subscr: Some(memview_subscr),
    getiter: Some(crate::objarray::bytearray_getiter),
    buffer: Some(memview_buffer),
    attr: Some(memview_attr),
    methods: MEMVIEW_METHODS,
    flags: flags::EQ_BY_IDENTITY,
    ..Type::new(q!("memoryview"))
};

fn mv<'a>(v: Value) -> &'a MemView {
    // SAFETY: callers pass memoryview objects.
    unsafe { &*v.as_ptr::<MemView>() }
}

/// Size in bytes of one item of typecode `t`.
pub fn itemsize(t: u8) -> usize {
    match t {
        b'h' | b'H' => 2,
        b'i' | b'I' | b'l' | b'L' | b'f' => 4,
        b'q' | b'Q' | b'd' => 8,
        _ => 1,
    }
}

/// The underlying object's buffer when it needs no interpreter (bytes, bytearray).
fn base_bytes<'a>(obj: Value) -> Option<&'a mut [u8]> {
    if let Some(b) = crate::objstr::bytes_bytes(obj) {
        // SAFETY: writes are refused for read-only views (bytes are never writable).
        return Some(unsafe { core::slice::from_raw_parts_mut(b.as_ptr().cast_mut(), b.len()) });
    }
    if crate::objtype::is_base_type(obj, &crate::objarray::BYTEARRAY_TYPE) {
        return Some(crate::objarray::bytearray_bytes(obj));
    }
    None
}

/// The bytes a view covers, if its object is a bytes or bytearray (no interpreter needed).
pub fn memview_bytes<'a>(v: Value) -> Option<&'a [u8]> {
    let m = mv(v);
    let all = base_bytes(m.obj)?;
    let n = m.len * itemsize(m.typecode);
    all.get(m.offset..m.offset.checked_add(n)?)
        .map(|s| s as &[u8])
}

/// The memory a view covers (checked against the object's current size).
fn window<'a>(vm: &mut Vm, v: Value) -> PyResult<&'a mut [u8]> {
    let m = mv(v);
    let n = m.len * itemsize(m.typecode);
    let all: &mut [u8] = match base_bytes(m.obj) {
        Some(b) => b,
        None => match crate::objarray::get_buffer(vm, m.obj, false) {
            // SAFETY: the buffer protocol hands out `len` live bytes of the object.
            Some(info) if !info.ptr.is_null() => unsafe {
                core::slice::from_raw_parts_mut(info.ptr, info.len)
            },
            _ => &mut [],
        },
    };
    let end = m.offset.checked_add(n);
    match end.and_then(|e| all.get_mut(m.offset..e)) {
        Some(w) => Ok(w),
        None => Err(vm.value_error("memoryview: underlying buffer was resized")),
    }
}

fn new_view(
    vm: &mut Vm,
    obj: Value,
    offset: usize,
    len: usize,
    typecode: u8,
    ro: bool,
) -> PyResult {
    vm.new_obj(MemView {
        base: ObjHeader::new(&MEMORYVIEW_TYPE),
        obj,
        offset,
        len,
        typecode,
        readonly: ro,
    })
}

fn memview_make_new(vm: &mut Vm, _ty: &'static Type, args: &[Value], kw: &[Value]) -> PyResult {
    if !kw.is_empty() {
        return Err(vm.type_error("function doesn't take keyword arguments"));
    }
    let [obj] = *args else {
        return Err(vm.type_error_fmt(format_args!(
            "function takes 1 positional arguments but {} were given",
            args.len()
        )));
    };
    if obj.is_type(&MEMORYVIEW_TYPE) {
        let m = mv(obj);
        return new_view(vm, m.obj, m.offset, m.len, m.typecode, m.readonly);
    }
    let Some(info) = crate::objarray::get_buffer(vm, obj, false) else {
        return Err(vm.type_error("object with buffer protocol required"));
    };
    let writable = crate::objarray::get_buffer(vm, obj, true).is_some();
    let size = itemsize(info.typecode);
    new_view(vm, obj, 0, info.len / size, info.typecode, !writable)
}

fn memview_print(vm: &mut Vm, buf: &mut Buf, _v: Value, _kind: PrintKind) -> PyResult<()> {
    buf.push_str("<memoryview>");
    if buf.oom {
        return Err(vm.memory_error());
    }
    Ok(())
}

fn memview_unary_op(_vm: &mut Vm, op: u8, v: Value) -> PyResult {
    match op {
        UNARY_LEN => Ok(Value::small_int(mv(v).len as isize)),
        UNARY_BOOL => Ok(Value::bool(mv(v).len != 0)),
        _ => Ok(Value::NULL),
    }
}

/// `==` / `!=`: equal to any object with the buffer protocol holding equal items (a view of
/// the same bytes, `bytes`, an `array`), as in CPython and MicroPython.
fn memview_binary_op(vm: &mut Vm, op: u8, a: Value, b: Value) -> PyResult {
    if op != EQUAL && op != NOT_EQUAL {
        return Ok(Value::NULL);
    }
    let same = |vm: &mut Vm| -> PyResult<bool> {
        if crate::objarray::get_buffer(vm, b, false).is_none() {
            return Ok(false);
        }
        let it = vm.get_iter(b)?;
        let mut i = 0;
        loop {
            let x = memview_item(vm, a, i)?;
            let y = vm.iter_next(it)?;
            match (x, y) {
                (None, None) => return Ok(true),
                (Some(x), Some(y)) if vm.eq(x, y)? => i += 1,
                _ => return Ok(false),
            }
        }
    };
    let eq = same(vm)?;
    Ok(Value::bool(if op == EQUAL { eq } else { !eq }))
}

fn memview_buffer(vm: &mut Vm, v: Value, writable: bool) -> Option<BufferInfo> {
    let m = mv(v);
    if writable && m.readonly {
        return None;
    }
    let tc = m.typecode;
    let w = window(vm, v).ok()?;
    Some(BufferInfo {
        ptr: w.as_mut_ptr(),
        len: w.len(),
        typecode: tc,
    })
}

/// Reads item `i` of the raw bytes `w` as typecode `t`.
fn load_item(vm: &mut Vm, w: &[u8], t: u8, i: usize) -> PyResult {
    let size = itemsize(t);
    let Some(b) = w.get(i * size..i * size + size) else {
        return Ok(Value::NULL);
    };
    let mut raw = [0u8; 8];
    raw[..size].copy_from_slice(b);
    let u = u64::from_ne_bytes(raw);
    let n: i64 = match t {
        b'b' => i64::from(b[0] as i8),
        b'h' => i64::from(i16::from_ne_bytes([b[0], b[1]])),
        b'i' | b'l' => i64::from(i32::from_ne_bytes([b[0], b[1], b[2], b[3]])),
        b'q' => u as i64,
        b'Q' => return crate::objint::from_u64(vm, u),
        b'f' => {
            let f = f32::from_ne_bytes([b[0], b[1], b[2], b[3]]);
            return crate::objfloat::new_float(vm, f64::from(f));
        }
        b'd' => return crate::objfloat::new_float(vm, f64::from_ne_bytes(raw)),
        _ if size == 1 => i64::from(b[0]),
        _ if size == 2 => i64::from(u16::from_ne_bytes([b[0], b[1]])),
        _ => i64::from(u32::from_ne_bytes([b[0], b[1], b[2], b[3]])),
    };
    crate::objint::from_i64(vm, n)
}

/// Writes `x` as item `i` of typecode `t` (ints are truncated to the item size, as in
/// MicroPython).
fn store_item(vm: &mut Vm, w: &mut [u8], t: u8, i: usize, x: Value) -> PyResult<()> {
    let size = itemsize(t);
    let Some(dst) = w.get_mut(i * size..i * size + size) else {
        return Ok(());
    };
    match t {
        b'f' | b'd' => {
            let Some(f) = crate::objfloat::to_f64(vm, x)? else {
                let tn = vm.type_name(x);
                return Err(vm.type_error_fmt(format_args!("can't convert {tn} to float")));
            };
            if t == b'f' {
                dst.copy_from_slice(&(f as f32).to_ne_bytes());
            } else {
                dst.copy_from_slice(&f.to_ne_bytes());
            }
        }
        _ => {
            let n: u64 = if let Some(n) = crate::objint::small_of(x) {
                n as u64
            } else if x.is_type(&crate::objint::INT_TYPE) {
                // Wrap around like a machine word: keep the low 64 bits.
                let b = crate::objint::big_ref(x);
                let m = b.magnitude();
                let lo = u64::from(m.first().copied().unwrap_or(0))
                    | u64::from(m.get(1).copied().unwrap_or(0)) << 32;
                if b.is_negative() {
                    lo.wrapping_neg()
                } else {
                    lo
                }
            } else {
                let tn = vm.type_name(x);
                return Err(vm.type_error_fmt(format_args!("can't convert {tn} to int")));
            };
            dst.copy_from_slice(&n.to_ne_bytes()[..size]);
        }
    }
    Ok(())
}

/// Item `i` of a view, or `None` past the end (for iteration).
pub fn memview_item(vm: &mut Vm, v: Value, i: usize) -> PyResult<Option<Value>> {
    if i >= mv(v).len {
        return Ok(None);
    }
    let t = mv(v).typecode;
    let w = window(vm, v)?;
    let r = load_item(vm, w, t, i)?;
    Ok(if r.is_null() { None } else { Some(r) })
}

fn memview_subscr(vm: &mut Vm, v: Value, index: Value, value: Value) -> PyResult {
    let m = mv(v);
    let (obj, offset, len, tc, ro) = (m.obj, m.offset, m.len, m.typecode, m.readonly);
    let size = itemsize(tc);
    if value.is_null() {
        return Err(vm.type_error("'memoryview' object doesn't support item deletion"));
    }
    if value != Value::SENTINEL && ro {
        return Err(vm.type_error("'memoryview' object doesn't support item assignment"));
    }
    if index.is_type(&crate::objslice::SLICE_TYPE) {
        let sel = crate::objslice::slice_indices(vm, index, len)?;
        if sel.step != 1 {
            return Err(vm.exc_msg(
                &crate::objexc::NOT_IMPLEMENTED_ERROR,
                "only slices with step=1 (aka None) are supported",
            ));
        }
        let st = sel.start.max(0) as usize;
        if value == Value::SENTINEL {
            return new_view(vm, obj, offset + st * size, sel.count, tc, ro);
        }
        let mut src = Buf::new();
        match crate::objarray::get_buffer(vm, value, false) {
            // SAFETY: the buffer protocol hands out `len` live bytes.
            Some(info) if !info.ptr.is_null() => {
                src.push_bytes(unsafe { core::slice::from_raw_parts(info.ptr, info.len) });
            }
            Some(_) => {}
            None => return Err(vm.type_error("object with buffer protocol required")),
        }
        if src.oom {
            return Err(vm.memory_error());
        }
        if src.len() != sel.count * size {
            return Err(vm.value_error("lhs and rhs should be compatible"));
        }
        let w = window(vm, v)?;
        w[st * size..st * size + src.len()].copy_from_slice(src.as_bytes());
        return Ok(Value::NONE);
    }
    if !crate::objint::is_int(index) {
        let t = vm.type_name(index);
        return Err(vm.type_error_fmt(format_args!("memoryview indices must be integers, not {t}")));
    }
    let i = crate::objslice::index_of(vm, index, len, "memoryview")?;
    let w = window(vm, v)?;
    if value == Value::SENTINEL {
        return load_item(vm, w, tc, i);
    }
    store_item(vm, w, tc, i, value)?;
    Ok(Value::NONE)
}

fn memview_attr(vm: &mut Vm, v: Value, attr: Qstr, dest: &mut [Value; 2]) -> PyResult<()> {
    if !dest[0].is_null() {
        return Ok(());
    }
    let m = mv(v);
    if attr == q!("itemsize") {
        dest[0] = Value::small_int(itemsize(m.typecode) as isize);
    } else if attr == q!("nbytes") {
        dest[0] = Value::small_int((m.len * itemsize(m.typecode)) as isize);
    } else if attr == q!("readonly") {
        dest[0] = Value::bool(m.readonly);
    } else if attr == q!("obj") {
        dest[0] = m.obj;
    } else if attr == q!("format") {
        let t = [m.typecode];
        dest[0] = crate::objstr::new_str(vm, &t)?;
    }
    Ok(())
}

static TOBYTES: BuiltinFn = BuiltinFn::f1(|vm, v| {
    let w = window(vm, v)?;
    crate::objstr::new_bytes(vm, w)
});

static TOLIST: BuiltinFn = BuiltinFn::f1(|vm, v| {
    let l = crate::objlist::new_list(vm, &[])?;
    let mut i = 0;
    while let Some(x) = memview_item(vm, v, i)? {
        crate::objlist::list_append(vm, l, x)?;
        i += 1;
    }
    Ok(l)
});

static RELEASE: BuiltinFn = BuiltinFn::f1(|_vm, _v| Ok(Value::NONE));

static MEMVIEW_METHODS: &[Attr] = &[
    Attr::new(q!("hex"), crate::strmethods::HEX.value()),
    Attr::new(q!("release"), RELEASE.value()),
    Attr::new(q!("tobytes"), TOBYTES.value()),
    Attr::new(q!("tolist"), TOLIST.value()),
];
