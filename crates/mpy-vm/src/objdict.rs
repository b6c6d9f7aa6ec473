//! `dict`: an insertion-ordered [`Map`], plus its views and iterators.

use crate::buf::Buf;
use crate::error::PyResult;
use crate::map::Map;
use crate::obj::ObjHeader;
use crate::objexc::KEY_ERROR;
use crate::objfun::BuiltinFn;
use crate::ops::*;
use crate::q;
use crate::types::{Attr, PrintKind, Type, flags};
use crate::value::Value;
use crate::vm::Vm;

/// A dict object.
#[repr(C)]
pub struct DictObj {
    /// Header.
    pub base: ObjHeader,
    /// The entries.
    pub map: Map,
}

/// The `dict` type.
pub static DICT_TYPE: Type = Type {
    flags: flags::BASETYPE,
    make_new: Some(dict_make_new),
    print: Some(dict_print),
    unary_op: Some(dict_unary_op),
    binary_op: Some(dict_binary_op),
    subscr: Some(dict_subscr),
    getiter: Some(|vm, d| new_dict_iter(vm, d, 0)),
    methods: DICT_METHODS,
    ..Type::new(q!("dict"))
};

/// A new empty dict.
pub fn new_dict(vm: &mut Vm, _size_hint: usize) -> PyResult {
    vm.new_obj(DictObj {
        base: ObjHeader::new(&DICT_TYPE),
        map: Map::new(),
    })
}

/// The map of a dict value (or of a dict subclass instance).
#[inline]
pub fn dict_map<'a>(d: Value) -> &'a mut Map {
    // SAFETY: callers pass dicts; the map lives inside the object.
    unsafe { &mut (*crate::objtype::native_of(d, &DICT_TYPE).as_ptr::<DictObj>()).map }
}

/// Whether `v` is a dict (or subclass instance).
#[inline]
pub fn is_dict(v: Value) -> bool {
    crate::objtype::is_base_type(v, &DICT_TYPE)
}

/// `d[key] = value`.
pub fn dict_store(vm: &mut Vm, d: Value, key: Value, value: Value) -> PyResult<()> {
    dict_map(d).set(vm, key, value)
}

/// `d.get(key)` without raising for a missing key.
pub fn dict_get(vm: &mut Vm, d: Value, key: Value) -> PyResult<Option<Value>> {
    dict_map(d).get(vm, key)
}

fn dict_make_new(vm: &mut Vm, _ty: &'static Type, args: &[Value], kw: &[Value]) -> PyResult {
    let d = new_dict(vm, 0)?;
    if args.len() > 1 {
        return Err(vm.type_error("dict expected at most 1 argument"));
    }
    if let Some(&src) = args.first() {
        dict_update_from(vm, d, src)?;
    }
    for pair in kw.chunks(2) {
        dict_store(vm, d, pair[0], pair[1])?;
    }
    Ok(d)
}

/// Adds the items of a mapping or an iterable of pairs to `d`.
pub fn dict_update_from(vm: &mut Vm, d: Value, src: Value) -> PyResult<()> {
    if is_dict(src) {
        let mut i = 0;
        while i < dict_map(src).filled() {
            if let Some(e) = dict_map(src).slot(i) {
                dict_store(vm, d, e.key, e.value)?;
            }
            i += 1;
        }
        return Ok(());
    }
    if let Some(keys) = vm.load_method_opt(src, q!("keys"))? {
        let ks = vm.call_method(keys, &[], &[])?;
        let it = vm.get_iter(ks)?;
        while let Some(k) = vm.iter_next(it)? {
            let v = vm.subscr(src, k, Value::SENTINEL)?;
            dict_store(vm, d, k, v)?;
        }
        return Ok(());
    }
    let it = vm.get_iter(src)?;
    while let Some(pair) = vm.iter_next(it)? {
        let items = crate::objlist::list_from_iter(vm, pair)?;
        let items = crate::objlist::list_items(items);
        if items.len() != 2 {
            return Err(vm.value_error("dict update sequence has wrong length"));
        }
        dict_store(vm, d, items[0], items[1])?;
    }
    Ok(())
}

fn dict_print(vm: &mut Vm, buf: &mut Buf, d: Value, _kind: PrintKind) -> PyResult<()> {
    buf.push(b'{');
    let mut first = true;
    let mut i = 0;
    while i < dict_map(d).filled() {
        if let Some(e) = dict_map(d).slot(i) {
            if !first {
                buf.push_str(", ");
            }
            first = false;
            vm.print_value(buf, e.key, PrintKind::Repr)?;
            buf.push_str(": ");
            vm.print_value(buf, e.value, PrintKind::Repr)?;
        }
        i += 1;
    }
    buf.push(b'}');
    Ok(())
}

fn dict_unary_op(_vm: &mut Vm, op: u8, d: Value) -> PyResult {
    let n = dict_map(d).len();
    match op {
        UNARY_BOOL => Ok(Value::bool(n != 0)),
        UNARY_LEN => Ok(Value::small_int(n as isize)),
        _ => Ok(Value::NULL),
    }
}

fn dict_binary_op(vm: &mut Vm, op: u8, a: Value, b: Value) -> PyResult {
    match op {
        CONTAINS => Ok(Value::bool(dict_map(a).find(vm, b)?.is_some())),
        EQUAL | NOT_EQUAL => {
            if !is_dict(b) {
                return Ok(Value::bool(op == NOT_EQUAL));
            }
            let mut same = dict_map(a).len() == dict_map(b).len();
            let mut i = 0;
            while same && i < dict_map(a).filled() {
                if let Some(e) = dict_map(a).slot(i) {
                    match dict_map(b).get(vm, e.key)? {
                        Some(v) => same = vm.eq(v, e.value)?,
                        None => same = false,
                    }
                }
                i += 1;
            }
            Ok(Value::bool(same == (op == EQUAL)))
        }
        OR | 9 if is_dict(b) => {
            let r = if op == OR { dict_copy(vm, a)? } else { a };
            dict_update_from(vm, r, b)?;
            Ok(r)
        }
        _ => Ok(Value::NULL),
    }
}

fn dict_subscr(vm: &mut Vm, d: Value, key: Value, value: Value) -> PyResult {
    if value == Value::SENTINEL {
        return match dict_map(d).get(vm, key)? {
            Some(v) => Ok(v),
            None => Err(key_error(vm, key)),
        };
    }
    if value.is_null() {
        return match dict_map(d).remove(vm, key)? {
            Some(_) => Ok(Value::NONE),
            None => Err(key_error(vm, key)),
        };
    }
    dict_store(vm, d, key, value)?;
    Ok(Value::NONE)
}

/// `KeyError(key)`.
#[cold]
pub fn key_error(vm: &mut Vm, key: Value) -> crate::error::Exc {
    match crate::objexc::new_exception_args(vm, &KEY_ERROR, &[key]) {
        Ok(e) => crate::error::Exc(e),
        Err(e) => e,
    }
}

fn dict_copy(vm: &mut Vm, d: Value) -> PyResult {
    let r = new_dict(vm, 0)?;
    dict_update_from(vm, r, d)?;
    Ok(r)
}

fn m_get(vm: &mut Vm, a: &[Value]) -> PyResult {
    Ok(dict_map(a[0])
        .get(vm, a[1])?
        .unwrap_or(a.get(2).copied().unwrap_or(Value::NONE)))
}

fn m_pop(vm: &mut Vm, a: &[Value]) -> PyResult {
    match dict_map(a[0]).remove(vm, a[1])? {
        Some(v) => Ok(v),
        None => match a.get(2) {
            Some(&d) => Ok(d),
            None => Err(key_error(vm, a[1])),
        },
    }
}

fn m_setdefault(vm: &mut Vm, a: &[Value]) -> PyResult {
    if let Some(v) = dict_map(a[0]).get(vm, a[1])? {
        return Ok(v);
    }
    let v = a.get(2).copied().unwrap_or(Value::NONE);
    dict_store(vm, a[0], a[1], v)?;
    Ok(v)
}

fn m_popitem(vm: &mut Vm, d: Value) -> PyResult {
    match dict_map(d).pop_last() {
        Some((k, v)) => crate::objtuple::new_tuple(vm, &[k, v]),
        None => Err(vm.exc_msg(&KEY_ERROR, "popitem(): dictionary is empty")),
    }
}

fn m_update(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult {
    if a.len() > 2 {
        return Err(vm.type_error("function takes at most 2 positional arguments"));
    }
    if let Some(&src) = a.get(1) {
        dict_update_from(vm, a[0], src)?;
    }
    for pair in kw.chunks(2) {
        dict_store(vm, a[0], pair[0], pair[1])?;
    }
    Ok(Value::NONE)
}

fn m_fromkeys(vm: &mut Vm, a: &[Value]) -> PyResult {
    let d = new_dict(vm, 0)?;
    let v = a.get(2).copied().unwrap_or(Value::NONE);
    let it = vm.get_iter(a[1])?;
    while let Some(k) = vm.iter_next(it)? {
        dict_store(vm, d, k, v)?;
    }
    Ok(d)
}

static GET: BuiltinFn = BuiltinFn::var(2, 3, m_get);
static POP: BuiltinFn = BuiltinFn::var(2, 3, m_pop);
static SETDEFAULT: BuiltinFn = BuiltinFn::var(2, 3, m_setdefault);
static POPITEM: BuiltinFn = BuiltinFn::f1(m_popitem);
static UPDATE: BuiltinFn = BuiltinFn::kw(1, m_update);
static COPY: BuiltinFn = BuiltinFn::f1(dict_copy);
static CLEAR: BuiltinFn = BuiltinFn::f1(|_vm, d| {
    dict_map(d).clear();
    Ok(Value::NONE)
});
static KEYS: BuiltinFn = BuiltinFn::f1(|vm, d| new_view(vm, d, 1));
static VALUES: BuiltinFn = BuiltinFn::f1(|vm, d| new_view(vm, d, 2));
static ITEMS: BuiltinFn = BuiltinFn::f1(|vm, d| new_view(vm, d, 3));
static FROMKEYS_FN: BuiltinFn = BuiltinFn::var(2, 3, m_fromkeys);
static FROMKEYS: crate::objfun::Wrapper =
    crate::objfun::Wrapper::new(&crate::objfun::CLASSMETHOD_TYPE, FROMKEYS_FN.value());

static GETITEM: BuiltinFn = BuiltinFn::f2(|vm, d, k| dict_subscr(vm, d, k, Value::SENTINEL));
static SETITEM: BuiltinFn = BuiltinFn::f3(dict_subscr);
static DELITEM: BuiltinFn = BuiltinFn::f2(|vm, d, k| dict_subscr(vm, d, k, Value::NULL));

static DICT_METHODS: &[Attr] = &[
    Attr::new(q!("__delitem__"), DELITEM.value()),
    Attr::new(q!("__getitem__"), GETITEM.value()),
    Attr::new(q!("__setitem__"), SETITEM.value()),
    Attr::new(q!("clear"), CLEAR.value()),
    Attr::new(q!("copy"), COPY.value()),
    Attr::new(q!("fromkeys"), Value::from_static(&FROMKEYS)),
    Attr::new(q!("get"), GET.value()),
    Attr::new(q!("items"), ITEMS.value()),
    Attr::new(q!("keys"), KEYS.value()),
    Attr::new(q!("pop"), POP.value()),
    Attr::new(q!("popitem"), POPITEM.value()),
    Attr::new(q!("setdefault"), SETDEFAULT.value()),
    Attr::new(q!("update"), UPDATE.value()),
    Attr::new(q!("values"), VALUES.value()),
];

/// A dict view (kind 1 keys, 2 values, 3 items) or iterator (kind 0 keys, 4 values, 5 items).
#[repr(C)]
pub struct DictView {
    /// Header.
    pub base: ObjHeader,
    /// The dict.
    pub dict: Value,
    /// What is produced.
    pub kind: usize,
    /// Next slot (iterators).
    pub pos: usize,
}

/// Type of dict views.
pub static DICT_VIEW_TYPE: Type = Type {
    print: Some(view_print),
    unary_op: Some(view_unary_op),
    binary_op: Some(view_binary_op),
    getiter: Some(|vm, v| {
        // SAFETY: views only.
        let (d, kind) = unsafe {
            (
                (*v.as_ptr::<DictView>()).dict,
                (*v.as_ptr::<DictView>()).kind,
            )
        };
        new_dict_iter(vm, d, [0, 0, 4, 5][kind])
    }),
    ..Type::new(q!("dict_view"))
};

/// Type of dict iterators.
pub static DICT_ITER_TYPE: Type = Type {
    flags: flags::ITER_IS_SELF,
    iternext: Some(dict_iternext),
    ..Type::new(q!("iterator"))
};

fn new_view(vm: &mut Vm, d: Value, kind: usize) -> PyResult {
    vm.new_obj(DictView {
        base: ObjHeader::new(&DICT_VIEW_TYPE),
        dict: d,
        kind,
        pos: 0,
    })
}

fn new_dict_iter(vm: &mut Vm, d: Value, kind: usize) -> PyResult {
    vm.new_obj(DictView {
        base: ObjHeader::new(&DICT_ITER_TYPE),
        dict: d,
        kind,
        pos: 0,
    })
}

fn dict_iternext(vm: &mut Vm, it: Value) -> PyResult {
    // SAFETY: dict iterators only.
    let s = unsafe { &mut *it.as_ptr::<DictView>() };
    let m = dict_map(s.dict);
    while s.pos < m.filled() {
        let i = s.pos;
        s.pos += 1;
        if let Some(e) = m.slot(i) {
            return match s.kind {
                4 => Ok(e.value),
                5 => crate::objtuple::new_tuple(vm, &[e.key, e.value]),
                _ => Ok(e.key),
            };
        }
    }
    Ok(Value::NULL)
}

fn view_print(vm: &mut Vm, buf: &mut Buf, v: Value, _kind: PrintKind) -> PyResult<()> {
    // SAFETY: views only.
    let kind = unsafe { (*v.as_ptr::<DictView>()).kind };
    buf.push_str(["dict_keys", "dict_keys", "dict_values", "dict_items"][kind]);
    buf.push(b'(');
    let l = crate::objlist::list_from_iter(vm, v)?;
    vm.print_value(buf, l, PrintKind::Repr)?;
    buf.push(b')');
    Ok(())
}

fn view_unary_op(_vm: &mut Vm, op: u8, v: Value) -> PyResult {
    // SAFETY: views only.
    let d = unsafe { (*v.as_ptr::<DictView>()).dict };
    match op {
        UNARY_LEN => Ok(Value::small_int(dict_map(d).len() as isize)),
        UNARY_BOOL => Ok(Value::bool(!dict_map(d).is_empty())),
        _ => Ok(Value::NULL),
    }
}

fn view_binary_op(vm: &mut Vm, op: u8, v: Value, x: Value) -> PyResult {
    // SAFETY: views only.
    let (d, kind) = unsafe {
        (
            (*v.as_ptr::<DictView>()).dict,
            (*v.as_ptr::<DictView>()).kind,
        )
    };
    if op == CONTAINS && kind == 1 {
        return Ok(Value::bool(dict_map(d).find(vm, x)?.is_some()));
    }
    Ok(Value::NULL)
}
