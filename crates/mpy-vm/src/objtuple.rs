//! `tuple`: an immutable array of values stored right after the header.

use core::mem::size_of;

use crate::buf::Buf;
use crate::error::PyResult;
use crate::obj::ObjHeader;
use crate::ops::*;
use crate::q;
use crate::types::{Attr, PrintKind, Type, flags};
use crate::value::Value;
use crate::vm::Vm;

/// A tuple: header, length, then the items.
#[repr(C)]
pub struct TupleObj {
    /// Header.
    pub base: ObjHeader,
    /// Number of items.
    pub len: usize,
    /// The items (variable length).
    pub items: [Value; 0],
}

/// The `tuple` type.
pub static TUPLE_TYPE: Type = Type {
    flags: flags::BASETYPE,
    make_new: Some(tuple_make_new),
    print: Some(tuple_print),
    unary_op: Some(tuple_unary_op),
    binary_op: Some(tuple_binary_op),
    subscr: Some(tuple_subscr),
    getiter: Some(crate::objiter::seq_getiter),
    methods: TUPLE_METHODS,
    ..Type::new(q!("tuple"))
};

static TUPLE_COUNT: crate::objfun::BuiltinFn = crate::objfun::BuiltinFn::f2(|vm, t, x| {
    let mut n = 0;
    for &i in tuple_items(t) {
        if vm.eq(i, x)? {
            n += 1;
        }
    }
    Ok(Value::small_int(n))
});
static TUPLE_INDEX: crate::objfun::BuiltinFn = crate::objfun::BuiltinFn::var(2, 4, |vm, a| {
    crate::objlist::seq_index(vm, tuple_items(a[0]), &a[1..])
});
static TUPLE_METHODS: &[Attr] = &[
    Attr::new(q!("count"), TUPLE_COUNT.value()),
    Attr::new(q!("index"), TUPLE_INDEX.value()),
];

/// Allocates a tuple of `n` NULL items to be filled by the caller.
pub fn alloc_tuple(vm: &mut Vm, n: usize) -> PyResult<*mut TupleObj> {
    let size = size_of::<TupleObj>() + n * size_of::<Value>();
    let p = vm.alloc_obj_bytes(&TUPLE_TYPE, size, false)? as *mut TupleObj;
    // SAFETY: a fresh block of the right size.
    unsafe { (*p).len = n };
    Ok(p)
}

/// A new tuple with copies of `items`.
pub fn new_tuple(vm: &mut Vm, items: &[Value]) -> PyResult {
    if items.is_empty() {
        return Ok(Value::from_static(&EMPTY_TUPLE));
    }
    let p = alloc_tuple(vm, items.len())?;
    // SAFETY: room for items.len() values after the header.
    unsafe { core::ptr::copy_nonoverlapping(items.as_ptr(), (*p).items.as_mut_ptr(), items.len()) };
    Ok(Value::from_ptr(p))
}

/// The empty tuple (a shared static).
pub static EMPTY_TUPLE: TupleObj = TupleObj {
    base: ObjHeader::new(&TUPLE_TYPE),
    len: 0,
    items: [],
};

/// The items of a tuple value (empty for anything else).
#[inline]
pub fn tuple_items<'a>(v: Value) -> &'a [Value] {
    if !v.is_obj() || !crate::objtype::is_base_type(v, &TUPLE_TYPE) {
        return &[];
    }
    let v = crate::objtype::native_of(v, &TUPLE_TYPE);
    // SAFETY: a tuple object with `len` items after its header.
    unsafe {
        let t = v.as_ptr::<TupleObj>();
        core::slice::from_raw_parts((*t).items.as_ptr(), (*t).len)
    }
}

fn tuple_make_new(vm: &mut Vm, _ty: &'static Type, args: &[Value], _kw: &[Value]) -> PyResult {
    match *args {
        [] => new_tuple(vm, &[]),
        [x] => {
            if x.is_type(&TUPLE_TYPE) {
                return Ok(x);
            }
            let l = crate::objlist::list_from_iter(vm, x)?;
            new_tuple(vm, crate::objlist::list_items(l))
        }
        _ => Err(vm.type_error("function takes at most 1 argument")),
    }
}

/// Writes `items` between `open` and `close` as reprs separated by ", ".
pub fn print_seq(
    vm: &mut Vm,
    buf: &mut Buf,
    items: &[Value],
    open: &str,
    close: &str,
) -> PyResult<()> {
    buf.push_str(open);
    for (i, &x) in items.iter().enumerate() {
        if i > 0 {
            buf.push_str(", ");
        }
        vm.print_value(buf, x, PrintKind::Repr)?;
    }
    buf.push_str(close);
    Ok(())
}

fn tuple_print(vm: &mut Vm, buf: &mut Buf, v: Value, _kind: PrintKind) -> PyResult<()> {
    let items = tuple_items(v);
    if items.len() == 1 {
        buf.push(b'(');
        vm.print_value(buf, items[0], PrintKind::Repr)?;
        buf.push_str(",)");
        return Ok(());
    }
    print_seq(vm, buf, items, "(", ")")
}

fn tuple_unary_op(vm: &mut Vm, op: u8, v: Value) -> PyResult {
    let items = tuple_items(v);
    match op {
        UNARY_BOOL => Ok(Value::bool(!items.is_empty())),
        UNARY_LEN => Ok(Value::small_int(items.len() as isize)),
        UNARY_HASH => {
            let mut h: usize = 0x345678;
            for &x in items {
                h = h.wrapping_mul(1_000_003) ^ vm.hash(x)?;
            }
            Ok(Value::small_int((h >> 2) as isize))
        }
        _ => Ok(Value::NULL),
    }
}

/// Lexicographic comparison of two sequences for `op` (one of the six comparisons).
pub fn seq_compare(vm: &mut Vm, op: u8, a: &[Value], b: &[Value]) -> PyResult<bool> {
    if op == EQUAL || op == NOT_EQUAL {
        let mut same = a.len() == b.len();
        if same {
            for i in 0..a.len() {
                if !vm.eq(a[i], b[i])? {
                    same = false;
                    break;
                }
            }
        }
        return Ok(same == (op == EQUAL));
    }
    let n = a.len().min(b.len());
    for i in 0..n {
        if !vm.eq(a[i], b[i])? {
            let r = vm.binary_op(op, a[i], b[i])?;
            return vm.is_true(r);
        }
    }
    Ok(match op {
        LESS => a.len() < b.len(),
        MORE => a.len() > b.len(),
        LESS_EQUAL => a.len() <= b.len(),
        _ => a.len() >= b.len(),
    })
}

/// Repeats `items` `n` times into a fresh array, for `seq * n`.
pub fn repeat_count(vm: &mut Vm, n: Value, len: usize) -> PyResult<Option<usize>> {
    let Some(n) = crate::objint::to_i64(n) else {
        return Ok(None);
    };
    let n = n.max(0) as usize;
    match len.checked_mul(n) {
        Some(t) if t < isize::MAX as usize / 16 => Ok(Some(n)),
        _ => Err(vm.memory_error()),
    }
}

fn tuple_binary_op(vm: &mut Vm, op: u8, a: Value, b: Value) -> PyResult {
    let x = tuple_items(a);
    match non_inplace(op) {
        ADD if b.is_type(&TUPLE_TYPE) || crate::objtype::is_base_type(b, &TUPLE_TYPE) => {
            let y = tuple_items(b);
            let p = alloc_tuple(vm, x.len() + y.len())?;
            // SAFETY: room for both item runs.
            unsafe {
                let dst = (*p).items.as_mut_ptr();
                core::ptr::copy_nonoverlapping(x.as_ptr(), dst, x.len());
                core::ptr::copy_nonoverlapping(y.as_ptr(), dst.add(x.len()), y.len());
            }
            Ok(Value::from_ptr(p))
        }
        MULTIPLY => {
            let Some(n) = repeat_count(vm, b, x.len())? else {
                return Ok(Value::NULL);
            };
            let p = alloc_tuple(vm, x.len() * n)?;
            let x = tuple_items(a);
            for k in 0..n {
                // SAFETY: room for n copies.
                unsafe {
                    core::ptr::copy_nonoverlapping(
                        x.as_ptr(),
                        (*p).items.as_mut_ptr().add(k * x.len()),
                        x.len(),
                    )
                };
            }
            Ok(Value::from_ptr(p))
        }
        LESS | MORE | EQUAL | LESS_EQUAL | MORE_EQUAL | NOT_EQUAL => {
            if !crate::objtype::is_base_type(b, &TUPLE_TYPE) {
                return Ok(if op == EQUAL {
                    Value::FALSE
                } else if op == NOT_EQUAL {
                    Value::TRUE
                } else {
                    Value::NULL
                });
            }
            seq_compare(vm, op, x, tuple_items(b)).map(Value::bool)
        }
        _ => Ok(Value::NULL),
    }
}

fn tuple_subscr(vm: &mut Vm, base: Value, index: Value, value: Value) -> PyResult {
    if value != Value::SENTINEL {
        return Ok(Value::NULL);
    }
    let items = tuple_items(base);
    if index.is_type(&crate::objslice::SLICE_TYPE) {
        let sel = crate::objslice::slice_indices(vm, index, items.len())?;
        let picked = crate::objslice::collect(vm, items, sel)?;
        return new_tuple(vm, crate::objlist::list_items(picked));
    }
    let i = crate::objslice::index_of(vm, index, items.len(), "tuple")?;
    Ok(items[i])
}
