//! The `array` module: typed arrays of machine values (`bBhHiIlLqQfd` and `O`), stored as raw
//! bytes in a managed block and exposed through the buffer protocol.

use crate::buf::Buf;
use crate::error::PyResult;
use crate::modstruct::{get_val, set_val, type_size};
use crate::modutil::{Member, buffer_slice, fill, get_buffer};
use crate::obj::ObjHeader;
use crate::objexc::{INDEX_ERROR, NOT_IMPLEMENTED_ERROR};
use crate::objfun::BuiltinFn;
use crate::ops::*;
use crate::q;
use crate::types::{Attr, BufferInfo, PrintKind, Type, flags};
use crate::value::Value;
use crate::vm::Vm;

/// An array object.
#[repr(C)]
pub struct ArrayObj {
    /// Header.
    pub base: ObjHeader,
    /// The typecode (`b'i'`, ...).
    pub typecode: usize,
    /// Number of items.
    pub len: usize,
    /// Bytes allocated.
    pub cap: usize,
    /// The items (a managed block, scanned conservatively, so `O` arrays keep their objects).
    pub data: *mut u8,
}

/// The `array` type.
pub static ARRAY_TYPE: Type = Type {
    flags: flags::BASETYPE,
    make_new: Some(array_make_new),
    print: Some(array_print),
    unary_op: Some(array_unary_op),
    binary_op: Some(array_binary_op),
    subscr: Some(array_subscr),
    getiter: Some(array_getiter),
    buffer: Some(array_buffer),
    methods: ARRAY_METHODS,
    ..Type::new(q!("array"))
};

/// `+=` (the in-place form of `+`).
const INPLACE_ADD: u8 = 14;

const BIG: bool = cfg!(target_endian = "big");

fn arr<'a>(v: Value) -> &'a mut ArrayObj {
    // SAFETY: callers pass arrays (or subclass instances of array).
    unsafe { &mut *crate::objtype::native_of(v, &ARRAY_TYPE).as_ptr::<ArrayObj>() }
}

/// Whether `v` is an array (or an instance of a subclass).
pub fn is_array(v: Value) -> bool {
    crate::objtype::is_base_type(v, &ARRAY_TYPE)
}

fn item_size(tc: u8) -> usize {
    type_size(b'@', tc).map_or(1, |s| s.0)
}

fn bytes_of<'a>(v: Value) -> &'a mut [u8] {
    let a = arr(v);
    if a.data.is_null() {
        return &mut [];
    }
    // SAFETY: `len` items of the typecode's size in a live block.
    unsafe { core::slice::from_raw_parts_mut(a.data, a.len * item_size(a.typecode as u8)) }
}

fn valid_typecode(tc: u8) -> bool {
    b"bBhHiIlLqQfdO".contains(&tc)
}

fn new_array(vm: &mut Vm, tc: u8, n: usize) -> PyResult {
    let bytes = n
        .checked_mul(item_size(tc))
        .ok_or_else(|| vm.memory_error())?;
    let data = if bytes == 0 {
        core::ptr::null_mut()
    } else {
        vm.alloc_bytes(bytes)?
    };
    vm.new_obj(ArrayObj {
        base: ObjHeader::new(&ARRAY_TYPE),
        typecode: tc as usize,
        len: n,
        cap: bytes,
        data,
    })
}

fn reserve(vm: &mut Vm, v: Value, extra_items: usize) -> PyResult<()> {
    let a = arr(v);
    let sz = item_size(a.typecode as u8);
    let need = a
        .len
        .checked_add(extra_items)
        .and_then(|n| n.checked_mul(sz))
        .ok_or_else(|| vm.memory_error())?;
    if need > a.cap {
        let cap = need.max(a.cap * 2).max(8);
        let d = vm.realloc_bytes(a.data, cap)?;
        let a = arr(v);
        a.data = d;
        a.cap = cap;
    }
    Ok(())
}

/// Item `i` of an array as a value.
fn get_item(vm: &mut Vm, v: Value, i: usize) -> PyResult {
    let tc = arr(v).typecode as u8;
    let sz = item_size(tc);
    let b = &bytes_of(v)[i * sz..(i + 1) * sz];
    if tc == b'O' {
        let mut w = [0u8; core::mem::size_of::<usize>()];
        w.copy_from_slice(b);
        return Ok(Value::from_bits(usize::from_ne_bytes(w)));
    }
    get_val(vm, tc, BIG, b)
}

/// Stores `x` as item `i`.
fn set_item(vm: &mut Vm, v: Value, i: usize, x: Value) -> PyResult<()> {
    let tc = arr(v).typecode as u8;
    let sz = item_size(tc);
    if tc == b'O' {
        bytes_of(v)[i * sz..(i + 1) * sz].copy_from_slice(&x.bits().to_ne_bytes());
        return Ok(());
    }
    let mut tmp = [0u8; 8];
    set_val(vm, tc, BIG, x, &mut tmp[..sz])?;
    bytes_of(v)[i * sz..(i + 1) * sz].copy_from_slice(&tmp[..sz]);
    Ok(())
}

fn append(vm: &mut Vm, v: Value, x: Value) -> PyResult<()> {
    let tc = arr(v).typecode as u8;
    let sz = item_size(tc);
    let mut tmp = [0u8; 8];
    if tc == b'O' {
        tmp[..sz].copy_from_slice(&x.bits().to_ne_bytes());
    } else {
        set_val(vm, tc, BIG, x, &mut tmp[..sz])?;
    }
    reserve(vm, v, 1)?;
    let a = arr(v);
    a.len += 1;
    let n = a.len;
    bytes_of(v)[(n - 1) * sz..n * sz].copy_from_slice(&tmp[..sz]);
    Ok(())
}

/// Appends raw bytes (whole items only).
fn append_raw(vm: &mut Vm, v: Value, src: Value) -> PyResult<()> {
    let Some(b) = get_buffer(vm, src, false) else {
        return Err(vm.type_error("object with buffer protocol required"));
    };
    let sz = item_size(arr(v).typecode as u8);
    let n = b.len / sz;
    // Copy first: growing may move our own data if `src` is this array.
    let copy = crate::objstr::new_bytes(vm, &buffer_slice(&b)[..n * sz])?;
    reserve(vm, v, n)?;
    let a = arr(v);
    let old = a.len;
    a.len += n;
    let src = crate::objstr::bytes_bytes(copy).unwrap_or(&[]);
    bytes_of(v)[old * sz..(old + n) * sz].copy_from_slice(src);
    Ok(())
}

fn extend(vm: &mut Vm, v: Value, x: Value) -> PyResult<()> {
    if get_buffer(vm, x, false).is_some() {
        return append_raw(vm, v, x);
    }
    let it = vm.get_iter(x)?;
    while let Some(item) = vm.iter_next(it)? {
        append(vm, v, item)?;
    }
    Ok(())
}

fn array_make_new(vm: &mut Vm, _ty: &'static Type, args: &[Value], _kw: &[Value]) -> PyResult {
    if args.is_empty() {
        return Err(vm.type_error("function missing 1 required positional arguments"));
    }
    if args.len() > 2 {
        return Err(vm.type_error("function expected at most 2 arguments, got 3"));
    }
    let tc = crate::objstr::str_bytes(vm, args[0])
        .or_else(|| crate::objstr::bytes_bytes(args[0]))
        .and_then(|s| s.first().copied())
        .unwrap_or(0);
    if !valid_typecode(tc) {
        return Err(vm.value_error("bad typecode"));
    }
    let a = new_array(vm, tc, 0)?;
    let Some(&init) = args.get(1) else {
        return Ok(a);
    };
    if init.is_type(&crate::objstr::BYTES_TYPE)
        || crate::objtype::is_base_type(init, &crate::objarray::BYTEARRAY_TYPE)
    {
        append_raw(vm, a, init)?;
        return Ok(a);
    }
    let it = vm.get_iter(init)?;
    while let Some(item) = vm.iter_next(it)? {
        append(vm, a, item)?;
    }
    Ok(a)
}

fn array_print(vm: &mut Vm, buf: &mut Buf, v: Value, _kind: PrintKind) -> PyResult<()> {
    let tc = arr(v).typecode as u8;
    buf.push_str("array('");
    buf.push(tc);
    buf.push(b'\'');
    let n = arr(v).len;
    if n > 0 {
        buf.push_str(", [");
        for i in 0..n.min(arr(v).len) {
            if i > 0 {
                buf.push_str(", ");
            }
            let x = get_item(vm, v, i)?;
            vm.print_value(buf, x, PrintKind::Repr)?;
        }
        buf.push(b']');
    }
    buf.push(b')');
    Ok(())
}

fn array_unary_op(_vm: &mut Vm, op: u8, v: Value) -> PyResult {
    match op {
        UNARY_LEN => Ok(Value::small_int(arr(v).len as isize)),
        UNARY_BOOL => Ok(Value::bool(arr(v).len != 0)),
        _ => Ok(Value::NULL),
    }
}

fn not_implemented(vm: &mut Vm) -> crate::error::Exc {
    vm.exc_msg(&NOT_IMPLEMENTED_ERROR, "")
}

fn array_binary_op(vm: &mut Vm, op: u8, a: Value, b: Value) -> PyResult {
    match op {
        ADD => {
            let Some(bi) = get_buffer(vm, b, false) else {
                return Err(vm.type_error("object with buffer protocol required"));
            };
            let tc = arr(a).typecode as u8;
            let sz = item_size(tc);
            let na = arr(a).len;
            let nb = bi.len / sz;
            let r = new_array(vm, tc, na + nb)?;
            let bi = get_buffer(vm, b, false).unwrap_or(bi);
            let dst = bytes_of(r);
            dst[..na * sz].copy_from_slice(bytes_of(a));
            dst[na * sz..].copy_from_slice(&buffer_slice(&bi)[..nb * sz]);
            Ok(r)
        }
        INPLACE_ADD => {
            extend(vm, a, b)?;
            Ok(a)
        }
        EQUAL | NOT_EQUAL => {
            let ne = op == NOT_EQUAL;
            if crate::objstr::bytes_bytes(b).is_some() || crate::objstr::str_bytes(vm, b).is_some()
            {
                return Ok(Value::bool(ne));
            }
            let Some(bi) = get_buffer(vm, b, false) else {
                return Ok(Value::bool(ne));
            };
            let ta = arr(a).typecode as u8;
            let tb = bi.typecode;
            let floats = matches!(ta, b'f' | b'd') || matches!(tb, b'f' | b'd');
            if floats || (ta != tb && !(item_size(ta) == 1 && item_size(tb) == 1)) {
                return Err(not_implemented(vm));
            }
            Ok(Value::bool((bytes_of(a) == buffer_slice(&bi)) != ne))
        }
        LESS | MORE | LESS_EQUAL | MORE_EQUAL => {
            let Some(y) = crate::objstr::bytes_bytes(b) else {
                return Err(not_implemented(vm));
            };
            let x: &[u8] = bytes_of(a);
            let r = match op {
                LESS => x < y,
                MORE => x > y,
                LESS_EQUAL => x <= y,
                _ => x >= y,
            };
            Ok(Value::bool(r))
        }
        CONTAINS => {
            if crate::objint::is_int(b) || b.is_type(&crate::objfloat::FLOAT_TYPE) {
                return Err(not_implemented(vm));
            }
            Ok(Value::FALSE)
        }
        _ => Ok(Value::NULL),
    }
}

fn array_subscr(vm: &mut Vm, v: Value, index: Value, value: Value) -> PyResult {
    if value.is_null() {
        return Err(vm.type_error("'array' object doesn't support item deletion"));
    }
    let n = arr(v).len;
    let tc = arr(v).typecode as u8;
    let sz = item_size(tc);
    if index.is_type(&crate::objslice::SLICE_TYPE) {
        let sel = crate::objslice::slice_indices(vm, index, n)?;
        if sel.step != 1 {
            return Err(vm.exc_msg(
                &NOT_IMPLEMENTED_ERROR,
                "only slices with step=1 (aka None) are supported",
            ));
        }
        let start = (sel.start.max(0) as usize).min(n);
        let count = sel.count.min(n - start);
        if value == Value::SENTINEL {
            let r = new_array(vm, tc, count)?;
            bytes_of(r).copy_from_slice(&bytes_of(v)[start * sz..(start + count) * sz]);
            return Ok(r);
        }
        // Slice assignment from an array/bytearray of the same item size, or bytes.
        let src_sz = if is_array(value) {
            item_size(arr(value).typecode as u8)
        } else if value.is_type(&crate::objstr::BYTES_TYPE) {
            1
        } else {
            match get_buffer(vm, value, false) {
                Some(bi) if !crate::objstr::is_str(value) => item_size(bi.typecode),
                _ => {
                    return Err(
                        vm.exc_msg(&NOT_IMPLEMENTED_ERROR, "array/bytes required on right side")
                    );
                }
            }
        };
        if src_sz != sz {
            return Err(vm.value_error("lhs and rhs should be compatible"));
        }
        let bi = get_buffer(vm, value, false).ok_or_else(|| vm.memory_error())?;
        let src = crate::objstr::new_bytes(vm, buffer_slice(&bi))?;
        let src = crate::objstr::bytes_bytes(src).unwrap_or(&[]);
        let m = src.len() / sz;
        let stop = start + count;
        let tail = crate::objstr::new_bytes(vm, &bytes_of(v)[stop * sz..])?;
        let tail_items = n - stop;
        if m > count {
            reserve(vm, v, m - count)?;
        }
        arr(v).len = start + m + tail_items;
        let d = bytes_of(v);
        d[start * sz..(start + m) * sz].copy_from_slice(&src[..m * sz]);
        d[(start + m) * sz..].copy_from_slice(crate::objstr::bytes_bytes(tail).unwrap_or(&[]));
        return Ok(Value::NONE);
    }
    let i = match crate::objint::to_i64(index) {
        Some(i) => {
            let j = if i < 0 { i + n as i64 } else { i };
            if j < 0 || j >= n as i64 {
                return Err(vm.exc_msg(&INDEX_ERROR, "array index out of range"));
            }
            j as usize
        }
        None => {
            let t = vm.type_name(index);
            return Err(vm.type_error_fmt(format_args!("array indices must be integers, not {t}")));
        }
    };
    if value == Value::SENTINEL {
        return get_item(vm, v, i);
    }
    set_item(vm, v, i, value)?;
    Ok(Value::NONE)
}

fn array_buffer(_vm: &mut Vm, v: Value, _writable: bool) -> Option<BufferInfo> {
    let a = arr(v);
    Some(BufferInfo {
        ptr: a.data,
        len: a.len * item_size(a.typecode as u8),
        typecode: a.typecode as u8,
    })
}

/// An iterator over an array.
#[repr(C)]
struct ArrayIter {
    base: ObjHeader,
    arr: Value,
    pos: usize,
}

static ARRAY_ITER_TYPE: Type = Type {
    flags: flags::ITER_IS_SELF,
    iternext: Some(array_iternext),
    ..Type::new(q!("iterator"))
};

fn array_getiter(vm: &mut Vm, v: Value) -> PyResult {
    vm.new_obj(ArrayIter {
        base: ObjHeader::new(&ARRAY_ITER_TYPE),
        arr: v,
        pos: 0,
    })
}

fn array_iternext(vm: &mut Vm, it: Value) -> PyResult {
    // SAFETY: array iterators only.
    let s = unsafe { &mut *it.as_ptr::<ArrayIter>() };
    if s.pos >= arr(s.arr).len {
        return Ok(Value::NULL);
    }
    let i = s.pos;
    s.pos += 1;
    get_item(vm, s.arr, i)
}

static APPEND: BuiltinFn = BuiltinFn::f2(|vm, v, x| append(vm, v, x).map(|_| Value::NONE));
static EXTEND: BuiltinFn = BuiltinFn::f2(|vm, v, x| extend(vm, v, x).map(|_| Value::NONE));

static ARRAY_METHODS: &[Attr] = &[
    Attr::new(q!("append"), APPEND.value()),
    Attr::new(q!("extend"), EXTEND.value()),
];

static MEMBERS: &[Member] = &[(b"array", Value::from_static(&ARRAY_TYPE))];

/// Fills the `array` module.
pub fn init(vm: &mut Vm, g: Value) -> PyResult<()> {
    fill(vm, g, MEMBERS)
}
