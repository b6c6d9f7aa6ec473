//! `list`: a growable array of values in a managed block.

use crate::buf::Buf;
use crate::error::PyResult;
use crate::obj::ObjHeader;
use crate::objfun::BuiltinFn;
use crate::ops::*;
use crate::q;
use crate::types::{Attr, PrintKind, Type, flags};
use crate::value::Value;
use crate::vm::Vm;

/// A list object.
#[repr(C)]
pub struct ListObj {
    /// Header.
    pub base: ObjHeader,
    /// Number of items.
    pub len: usize,
    /// Allocated slots.
    pub cap: usize,
    /// The items (a managed block, or null when empty).
    pub items: *mut Value,
}

/// The `list` type.
pub static LIST_TYPE: Type = Type {
    flags: flags::BASETYPE,
    make_new: Some(list_make_new),
    print: Some(list_print),
    unary_op: Some(list_unary_op),
    binary_op: Some(list_binary_op),
    subscr: Some(list_subscr),
    getiter: Some(crate::objiter::seq_getiter),
    methods: LIST_METHODS,
    ..Type::new(q!("list"))
};

/// The list object of a list value (or of a list subclass instance).
#[inline]
pub fn list_ptr(v: Value) -> *mut ListObj {
    crate::objtype::native_of(v, &LIST_TYPE).as_ptr::<ListObj>()
}

/// The items of a list (empty for anything else). Invalidated by any mutation.
#[inline]
pub fn list_items<'a>(v: Value) -> &'a [Value] {
    if !crate::objtype::is_base_type(v, &LIST_TYPE) {
        return &[];
    }
    // SAFETY: a live list; `len` items are initialised.
    unsafe {
        let l = &*list_ptr(v);
        if l.items.is_null() {
            &[]
        } else {
            core::slice::from_raw_parts(l.items, l.len)
        }
    }
}

/// A new list with copies of `items`.
pub fn new_list(vm: &mut Vm, items: &[Value]) -> PyResult {
    let arr = if items.is_empty() {
        core::ptr::null_mut()
    } else {
        vm.alloc_values(items.len())?
    };
    if !items.is_empty() {
        // SAFETY: a fresh array of items.len() values.
        unsafe { core::ptr::copy_nonoverlapping(items.as_ptr(), arr, items.len()) };
    }
    vm.new_obj(ListObj {
        base: ObjHeader::new(&LIST_TYPE),
        len: items.len(),
        cap: items.len(),
        items: arr,
    })
}

/// Reserves room for `extra` more items.
pub fn list_reserve(vm: &mut Vm, l: Value, extra: usize) -> PyResult<()> {
    let p = list_ptr(l);
    // SAFETY: a live list; reallocation keeps the contents.
    unsafe {
        let need = (*p)
            .len
            .checked_add(extra)
            .ok_or_else(|| vm.memory_error())?;
        if need > (*p).cap {
            let cap = need.max((*p).cap * 2).max(4);
            let bytes = cap
                .checked_mul(size_of::<Value>())
                .ok_or_else(|| vm.memory_error())?;
            let items = vm.realloc_bytes((*p).items as *mut u8, bytes)? as *mut Value;
            (*p).items = items;
            (*p).cap = cap;
        }
    }
    Ok(())
}

use core::mem::size_of;

/// `l.append(x)`.
#[inline]
pub fn list_append(vm: &mut Vm, l: Value, x: Value) -> PyResult<()> {
    let p = list_ptr(l);
    // SAFETY: a live list.
    unsafe {
        if (*p).len == (*p).cap {
            list_reserve(vm, l, 1)?;
        }
        *(*p).items.add((*p).len) = x;
        (*p).len += 1;
    }
    Ok(())
}

/// A new list from any iterable.
pub fn list_from_iter(vm: &mut Vm, it: Value) -> PyResult {
    if it.is_type(&LIST_TYPE) || it.is_type(&crate::objtuple::TUPLE_TYPE) {
        let items = if it.is_type(&LIST_TYPE) {
            list_items(it)
        } else {
            crate::objtuple::tuple_items(it)
        };
        // Copy out first: new_list may collect, but `it` stays reachable from the caller.
        return new_list(vm, items);
    }
    let l = new_list(vm, &[])?;
    let iter = vm.get_iter(it)?;
    while let Some(x) = vm.iter_next(iter)? {
        list_append(vm, l, x)?;
    }
    Ok(l)
}

fn list_make_new(vm: &mut Vm, _ty: &'static Type, args: &[Value], _kw: &[Value]) -> PyResult {
    match *args {
        [] => new_list(vm, &[]),
        [x] => list_from_iter(vm, x),
        _ => Err(vm.type_error("function takes at most 1 argument")),
    }
}

fn list_print(vm: &mut Vm, buf: &mut Buf, v: Value, _kind: PrintKind) -> PyResult<()> {
    // Items are re-read each step: printing an item may run Python code that mutates the list.
    buf.push(b'[');
    let mut i = 0;
    while let Some(&x) = list_items(v).get(i) {
        if i > 0 {
            buf.push_str(", ");
        }
        vm.print_value(buf, x, PrintKind::Repr)?;
        i += 1;
    }
    buf.push(b']');
    Ok(())
}

fn list_unary_op(_vm: &mut Vm, op: u8, v: Value) -> PyResult {
    let n = list_items(v).len();
    match op {
        UNARY_BOOL => Ok(Value::bool(n != 0)),
        UNARY_LEN => Ok(Value::small_int(n as isize)),
        _ => Ok(Value::NULL),
    }
}

fn list_binary_op(vm: &mut Vm, op: u8, a: Value, b: Value) -> PyResult {
    let is_list = crate::objtype::is_base_type(b, &LIST_TYPE);
    match op {
        ADD if is_list => {
            let n = list_items(a).len() + list_items(b).len();
            let r = new_list(vm, list_items(a))?;
            list_reserve(vm, r, n)?;
            for &x in list_items(b) {
                list_append(vm, r, x)?;
            }
            Ok(r)
        }
        INPLACE_ADD => {
            list_extend(vm, a, b)?;
            Ok(a)
        }
        MULTIPLY | INPLACE_MULTIPLY => {
            let Some(n) = crate::objtuple::repeat_count(vm, b, list_items(a).len())? else {
                return Ok(Value::NULL);
            };
            let src = new_list(vm, list_items(a))?;
            let r = if op == INPLACE_MULTIPLY {
                a
            } else {
                new_list(vm, &[])?
            };
            if op == INPLACE_MULTIPLY {
                // SAFETY: a live list; emptied before refilling.
                unsafe { (*list_ptr(r)).len = 0 };
            }
            list_reserve(vm, r, list_items(src).len() * n)?;
            for _ in 0..n {
                for &x in list_items(src) {
                    list_append(vm, r, x)?;
                }
            }
            Ok(r)
        }
        LESS | MORE | EQUAL | LESS_EQUAL | MORE_EQUAL | NOT_EQUAL => {
            if !is_list {
                return Ok(if op == EQUAL {
                    Value::FALSE
                } else if op == NOT_EQUAL {
                    Value::TRUE
                } else {
                    Value::NULL
                });
            }
            let (x, y) = (new_list(vm, list_items(a))?, new_list(vm, list_items(b))?);
            crate::objtuple::seq_compare(vm, op, list_items(x), list_items(y)).map(Value::bool)
        }
        _ => Ok(Value::NULL),
    }
}

const INPLACE_ADD: u8 = 14;
const INPLACE_MULTIPLY: u8 = 16;

fn list_subscr(vm: &mut Vm, base: Value, index: Value, value: Value) -> PyResult {
    let len = list_items(base).len();
    if index.is_type(&crate::objslice::SLICE_TYPE) {
        if value == Value::SENTINEL {
            let sel = crate::objslice::slice_indices(vm, index, len)?;
            return crate::objslice::collect(vm, list_items(base), sel);
        }
        return crate::objslice::assign_list_slice(vm, base, index, value).map(|_| Value::NONE);
    }
    let i = crate::objslice::index_of(vm, index, len, "list")?;
    let p = list_ptr(base);
    // SAFETY: `i < len` of the live list.
    unsafe {
        if value == Value::SENTINEL {
            Ok(*(*p).items.add(i))
        } else if value.is_null() {
            list_remove_at(p, i);
            Ok(Value::NONE)
        } else {
            *(*p).items.add(i) = value;
            Ok(Value::NONE)
        }
    }
}

/// Removes item `i` (which must be in range), returning it.
pub(crate) fn list_remove_at(p: *mut ListObj, i: usize) -> Value {
    // SAFETY: callers pass a live list and `i < len`.
    unsafe {
        let items = (*p).items;
        let x = *items.add(i);
        core::ptr::copy(items.add(i + 1), items.add(i), (*p).len - i - 1);
        (*p).len -= 1;
        *items.add((*p).len) = Value::NULL;
        x
    }
}

/// `l.extend(iterable)`.
pub fn list_extend(vm: &mut Vm, l: Value, other: Value) -> PyResult<()> {
    if crate::objtype::is_base_type(other, &LIST_TYPE)
        || other.is_type(&crate::objtuple::TUPLE_TYPE)
    {
        let items = if other.is_type(&crate::objtuple::TUPLE_TYPE) {
            crate::objtuple::tuple_items(other)
        } else {
            list_items(other)
        };
        let n = items.len();
        list_reserve(vm, l, n)?;
        // Re-read after reserving (`other` may be `l`).
        for i in 0..n {
            let x = if other.is_type(&crate::objtuple::TUPLE_TYPE) {
                crate::objtuple::tuple_items(other)[i]
            } else {
                list_items(other)[i]
            };
            list_append(vm, l, x)?;
        }
        return Ok(());
    }
    let it = vm.get_iter(other)?;
    while let Some(x) = vm.iter_next(it)? {
        list_append(vm, l, x)?;
    }
    Ok(())
}

/// `seq.index(x[, start[, stop]])` over a slice of items.
pub fn seq_index(vm: &mut Vm, items: &[Value], args: &[Value]) -> PyResult {
    let x = args[0];
    let n = items.len() as isize;
    let clamp = |v: Option<isize>| -> usize {
        match v {
            None => 0,
            Some(i) if i < 0 => (i + n).max(0) as usize,
            Some(i) => i.min(n) as usize,
        }
    };
    let start = clamp(args.get(1).and_then(|v| crate::objint::small_of(*v)));
    let stop = args
        .get(2)
        .and_then(|v| crate::objint::small_of(*v))
        .map_or(items.len(), |s| clamp(Some(s)));
    for (i, &y) in items.iter().enumerate().take(stop).skip(start) {
        if vm.eq(y, x)? {
            return Ok(Value::small_int(i as isize));
        }
    }
    Err(vm.value_error("object not in sequence"))
}

fn m_append(vm: &mut Vm, l: Value, x: Value) -> PyResult {
    list_append(vm, l, x).map(|_| Value::NONE)
}

fn m_extend(vm: &mut Vm, l: Value, x: Value) -> PyResult {
    list_extend(vm, l, x).map(|_| Value::NONE)
}

fn m_insert(vm: &mut Vm, l: Value, i: Value, x: Value) -> PyResult {
    let n = list_items(l).len() as isize;
    let Some(mut i) = crate::objint::small_of(crate::objint::int_subclass_value(i)) else {
        return Err(vm.type_error("list indices must be integers"));
    };
    if i < 0 {
        i = (i + n).max(0);
    }
    let i = i.min(n) as usize;
    list_append(vm, l, Value::NONE)?;
    let p = list_ptr(l);
    // SAFETY: the list grew by one; shift the tail up.
    unsafe {
        let items = (*p).items;
        core::ptr::copy(items.add(i), items.add(i + 1), (*p).len - 1 - i);
        *items.add(i) = x;
    }
    Ok(Value::NONE)
}

fn m_pop(vm: &mut Vm, args: &[Value]) -> PyResult {
    let l = args[0];
    let n = list_items(l).len();
    if n == 0 {
        return Err(vm.exc_msg(&crate::objexc::INDEX_ERROR, "pop from empty list"));
    }
    let i = match args.get(1) {
        None => n - 1,
        Some(&ix) => crate::objslice::index_of(vm, ix, n, "list")?,
    };
    Ok(list_remove_at(list_ptr(l), i))
}

fn m_remove(vm: &mut Vm, l: Value, x: Value) -> PyResult {
    let i = seq_index(vm, list_items(l), &[x])?;
    let i = i.small_int_value() as usize;
    if i < list_items(l).len() {
        list_remove_at(list_ptr(l), i);
    }
    Ok(Value::NONE)
}

fn m_index(vm: &mut Vm, args: &[Value]) -> PyResult {
    let copy = new_list(vm, list_items(args[0]))?;
    seq_index(vm, list_items(copy), &args[1..])
}

fn m_count(vm: &mut Vm, l: Value, x: Value) -> PyResult {
    let copy = new_list(vm, list_items(l))?;
    let mut n = 0;
    for &y in list_items(copy) {
        if vm.eq(y, x)? {
            n += 1;
        }
    }
    Ok(Value::small_int(n))
}

fn m_clear(_vm: &mut Vm, l: Value) -> PyResult {
    let p = list_ptr(l);
    // SAFETY: a live list.
    unsafe {
        (*p).len = 0;
        (*p).cap = 0;
        (*p).items = core::ptr::null_mut();
    }
    Ok(Value::NONE)
}

fn m_copy(vm: &mut Vm, l: Value) -> PyResult {
    new_list(vm, list_items(l))
}

fn m_reverse(_vm: &mut Vm, l: Value) -> PyResult {
    let p = list_ptr(l);
    // SAFETY: a live list; reversing in place.
    unsafe {
        if !(*p).items.is_null() {
            core::slice::from_raw_parts_mut((*p).items, (*p).len).reverse();
        }
    }
    Ok(Value::NONE)
}

fn m_sort(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    if args.len() != 1 {
        return Err(vm.type_error("function takes 1 positional arguments"));
    }
    let mut key = Value::NONE;
    let mut reverse = false;
    for pair in kw.chunks(2) {
        if pair[0] == Value::qstr(q!("key")) {
            key = pair[1];
        } else if pair[0] == Value::qstr(q!("reverse")) {
            reverse = vm.is_true(pair[1])?;
        } else {
            return Err(vm.type_error("unexpected keyword argument"));
        }
    }
    crate::sort::sort_list(vm, args[0], key, reverse)?;
    Ok(Value::NONE)
}

static APPEND: BuiltinFn = BuiltinFn::f2(m_append);
static EXTEND: BuiltinFn = BuiltinFn::f2(m_extend);
static INSERT: BuiltinFn = BuiltinFn::f3(m_insert);
static POP: BuiltinFn = BuiltinFn::var(1, 2, m_pop);
static REMOVE: BuiltinFn = BuiltinFn::f2(m_remove);
static INDEX: BuiltinFn = BuiltinFn::var(2, 4, m_index);
static COUNT: BuiltinFn = BuiltinFn::f2(m_count);
static CLEAR: BuiltinFn = BuiltinFn::f1(m_clear);
static COPY: BuiltinFn = BuiltinFn::f1(m_copy);
static REVERSE: BuiltinFn = BuiltinFn::f1(m_reverse);
static SORT: BuiltinFn = BuiltinFn::kw(1, m_sort);

static LIST_METHODS: &[Attr] = &[
    Attr::new(q!("append"), APPEND.value()),
    Attr::new(q!("clear"), CLEAR.value()),
    Attr::new(q!("copy"), COPY.value()),
    Attr::new(q!("count"), COUNT.value()),
    Attr::new(q!("extend"), EXTEND.value()),
    Attr::new(q!("index"), INDEX.value()),
    Attr::new(q!("insert"), INSERT.value()),
    Attr::new(q!("pop"), POP.value()),
    Attr::new(q!("remove"), REMOVE.value()),
    Attr::new(q!("reverse"), REVERSE.value()),
    Attr::new(q!("sort"), SORT.value()),
];
