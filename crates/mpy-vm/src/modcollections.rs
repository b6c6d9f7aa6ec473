//! The `collections` module: `deque` (a ring of values with an optional `maxlen`),
//! `namedtuple` (classes deriving from `tuple` with read-only field properties) and
//! `OrderedDict` (a `dict` subclass; dicts keep insertion order already).

use crate::buf::Buf;
use crate::error::PyResult;
use crate::modutil::set;
use crate::obj::ObjHeader;
use crate::objdict::dict_map;
use crate::objexc::INDEX_ERROR;
use crate::objfun::{
    BuiltinFn, CLASSMETHOD_TYPE, PROPERTY_TYPE, Property, STATICMETHOD_TYPE, Wrapper,
};
use crate::objtuple::{TUPLE_TYPE, tuple_items};
use crate::ops::*;
use crate::q;
use crate::qstr::Qstr;
use crate::types::{Attr, PrintKind, Type, flags};
use crate::value::Value;
use crate::vm::Vm;

// ---------------------------------------------------------------------------------------------
// deque

/// A deque: `len` values starting at `head` in a ring of `cap` slots.
#[repr(C)]
pub struct DequeObj {
    /// Header.
    pub base: ObjHeader,
    /// The ring (a managed block of `cap` values), or null.
    pub items: *mut Value,
    /// Slots in the ring.
    pub cap: usize,
    /// Index of the first value.
    pub head: usize,
    /// Number of values.
    pub len: usize,
    /// Maximum length (`usize::MAX` when unbounded).
    pub maxlen: usize,
    /// MicroPython's flags argument: bit 0 raises `IndexError` instead of discarding.
    pub flags: usize,
}

/// The `deque` type.
pub static DEQUE_TYPE: Type = Type {
    make_new: Some(deque_make_new),
    print: Some(|_vm, buf, _v, _k| {
        buf.push_str("<deque>");
        Ok(())
    }),
    unary_op: Some(deque_unary_op),
    subscr: Some(deque_subscr),
    getiter: Some(deque_getiter),
    methods: DEQUE_METHODS,
    ..Type::new(q!("deque"))
};

fn dq<'a>(v: Value) -> &'a mut DequeObj {
    // SAFETY: callers pass deque objects (methods of the deque type).
    unsafe { &mut *v.as_ptr::<DequeObj>() }
}

fn check_deque(vm: &mut Vm, v: Value) -> PyResult<()> {
    if v.is_type(&DEQUE_TYPE) {
        Ok(())
    } else {
        Err(vm.type_error("expected a deque"))
    }
}

fn slot(d: &DequeObj, i: usize) -> *mut Value {
    // SAFETY: `i < len <= cap`, so the slot is inside the ring.
    unsafe { d.items.add((d.head + i) % d.cap) }
}

fn grow(vm: &mut Vm, v: Value) -> PyResult<()> {
    let d = dq(v);
    if d.len < d.cap {
        return Ok(());
    }
    let cap = (d.cap * 2).max(4);
    let items = vm.alloc_values(cap)?;
    let d = dq(v);
    for i in 0..d.len {
        // SAFETY: both arrays hold the indices used.
        unsafe { *items.add(i) = *slot(d, i) };
    }
    d.items = items;
    d.cap = cap;
    d.head = 0;
    Ok(())
}

fn push_back(vm: &mut Vm, v: Value, x: Value) -> PyResult<()> {
    let d = dq(v);
    if d.maxlen == 0 {
        return Ok(());
    }
    if d.len >= d.maxlen {
        if d.flags & 1 != 0 {
            return Err(vm.exc_msg(&INDEX_ERROR, "full"));
        }
        pop_front(d);
    }
    grow(vm, v)?;
    let d = dq(v);
    d.len += 1;
    // SAFETY: a slot inside the ring.
    unsafe { *slot(d, d.len - 1) = x };
    Ok(())
}

fn push_front(vm: &mut Vm, v: Value, x: Value) -> PyResult<()> {
    let d = dq(v);
    if d.maxlen == 0 {
        return Ok(());
    }
    if d.len >= d.maxlen {
        if d.flags & 1 != 0 {
            return Err(vm.exc_msg(&INDEX_ERROR, "full"));
        }
        pop_back(d);
    }
    grow(vm, v)?;
    let d = dq(v);
    d.head = (d.head + d.cap - 1) % d.cap;
    d.len += 1;
    // SAFETY: a slot inside the ring.
    unsafe { *slot(d, 0) = x };
    Ok(())
}

fn pop_front(d: &mut DequeObj) -> Option<Value> {
    if d.len == 0 {
        return None;
    }
    let p = slot(d, 0);
    // SAFETY: a slot inside the ring; cleared so the GC can free the value.
    let x = unsafe { core::mem::replace(&mut *p, Value::NULL) };
    d.head = (d.head + 1) % d.cap;
    d.len -= 1;
    Some(x)
}

fn pop_back(d: &mut DequeObj) -> Option<Value> {
    if d.len == 0 {
        return None;
    }
    let p = slot(d, d.len - 1);
    // SAFETY: as above.
    let x = unsafe { core::mem::replace(&mut *p, Value::NULL) };
    d.len -= 1;
    Some(x)
}

fn deque_make_new(vm: &mut Vm, _ty: &'static Type, args: &[Value], kw: &[Value]) -> PyResult {
    crate::modutil::check_kwargs(vm, kw, &[b"maxlen"])?;
    if args.len() > 3 {
        return Err(vm.type_error("function expected at most 3 arguments"));
    }
    let maxlen_v = args
        .get(1)
        .copied()
        .or_else(|| crate::modutil::kwarg(vm, kw, b"maxlen"))
        .unwrap_or(Value::NONE);
    let maxlen = if maxlen_v == Value::NONE {
        usize::MAX
    } else {
        let n = crate::modutil::get_int(vm, maxlen_v)?;
        if n < 0 {
            return Err(vm.value_error(""));
        }
        n as usize
    };
    let fl = match args.get(2) {
        Some(&f) => crate::modutil::get_int(vm, f)? as usize,
        None => 0,
    };
    let d = vm.new_obj(DequeObj {
        base: ObjHeader::new(&DEQUE_TYPE),
        items: core::ptr::null_mut(),
        cap: 0,
        head: 0,
        len: 0,
        maxlen,
        flags: fl,
    })?;
    if let Some(&init) = args.first() {
        let it = vm.get_iter(init)?;
        while let Some(x) = vm.iter_next(it)? {
            push_back(vm, d, x)?;
        }
    }
    Ok(d)
}

fn deque_unary_op(_vm: &mut Vm, op: u8, v: Value) -> PyResult {
    match op {
        UNARY_LEN => Ok(Value::small_int(dq(v).len as isize)),
        UNARY_BOOL => Ok(Value::bool(dq(v).len != 0)),
        _ => Ok(Value::NULL),
    }
}

fn deque_subscr(vm: &mut Vm, v: Value, index: Value, value: Value) -> PyResult {
    if value.is_null() {
        return Ok(Value::NULL);
    }
    let n = dq(v).len as i64;
    let Some(i) = crate::objint::to_i64(index) else {
        let t = vm.type_name(index);
        return Err(vm.type_error_fmt(format_args!("deque indices must be integers, not {t}")));
    };
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.exc_msg(&INDEX_ERROR, "deque index out of range"));
    }
    let p = slot(dq(v), j as usize);
    if value == Value::SENTINEL {
        // SAFETY: a slot inside the ring.
        return Ok(unsafe { *p });
    }
    // SAFETY: as above.
    unsafe { *p = value };
    Ok(Value::NONE)
}

#[repr(C)]
struct DequeIter {
    base: ObjHeader,
    deque: Value,
    pos: usize,
}

static DEQUE_ITER_TYPE: Type = Type {
    flags: flags::ITER_IS_SELF,
    iternext: Some(|_vm, it| {
        // SAFETY: deque iterators only.
        let s = unsafe { &mut *it.as_ptr::<DequeIter>() };
        let d = dq(s.deque);
        if s.pos >= d.len {
            return Ok(Value::NULL);
        }
        s.pos += 1;
        // SAFETY: a slot inside the ring.
        Ok(unsafe { *slot(d, s.pos - 1) })
    }),
    ..Type::new(q!("iterator"))
};

fn deque_getiter(vm: &mut Vm, v: Value) -> PyResult {
    vm.new_obj(DequeIter {
        base: ObjHeader::new(&DEQUE_ITER_TYPE),
        deque: v,
        pos: 0,
    })
}

static APPEND: BuiltinFn = BuiltinFn::f2(|vm, v, x| {
    check_deque(vm, v)?;
    push_back(vm, v, x).map(|_| Value::NONE)
});
static APPENDLEFT: BuiltinFn = BuiltinFn::f2(|vm, v, x| {
    check_deque(vm, v)?;
    push_front(vm, v, x).map(|_| Value::NONE)
});
static EXTEND: BuiltinFn = BuiltinFn::f2(|vm, v, x| {
    check_deque(vm, v)?;
    // Snapshot first so that `d.extend(d)` terminates.
    let l = crate::objlist::list_from_iter(vm, x)?;
    let mut i = 0;
    while let Some(&item) = crate::objlist::list_items(l).get(i) {
        push_back(vm, v, item)?;
        i += 1;
    }
    Ok(Value::NONE)
});
static POP: BuiltinFn = BuiltinFn::f1(|vm, v| {
    check_deque(vm, v)?;
    pop_back(dq(v)).ok_or_else(|| vm.exc_msg(&INDEX_ERROR, "empty"))
});
static POPLEFT: BuiltinFn = BuiltinFn::f1(|vm, v| {
    check_deque(vm, v)?;
    pop_front(dq(v)).ok_or_else(|| vm.exc_msg(&INDEX_ERROR, "empty"))
});

static DEQUE_METHODS: &[Attr] = &[
    Attr::new(q!("append"), APPEND.value()),
    Attr::new(q!("appendleft"), APPENDLEFT.value()),
    Attr::new(q!("extend"), EXTEND.value()),
    Attr::new(q!("pop"), POP.value()),
    Attr::new(q!("popleft"), POPLEFT.value()),
];

// ---------------------------------------------------------------------------------------------
// namedtuple

/// A callable returning item `index` of a tuple: the getter of a namedtuple field property.
#[repr(C)]
struct FieldGetter {
    base: ObjHeader,
    index: usize,
}

static FIELD_GETTER_TYPE: Type = Type {
    call: Some(|vm, f, args, _kw| {
        // SAFETY: field getters only.
        let i = unsafe { (*f.as_ptr::<FieldGetter>()).index };
        match args.first().and_then(|&t| tuple_items(t).get(i)) {
            Some(&x) => Ok(x),
            None => Err(vm.type_error("namedtuple field of a non-tuple")),
        }
    }),
    ..Type::new(q!("function"))
};

/// The `_fields` tuple of a namedtuple class (or subclass) and the class that defined it.
fn fields_of(vm: &mut Vm, cls: &Type) -> PyResult<(Value, &'static Type)> {
    let f = vm.intern(b"_fields")?;
    match crate::objtype::lookup(vm, cls, f) {
        Some((v, c)) if v.is_type(&TUPLE_TYPE) => Ok((v, c)),
        _ => Err(vm.type_error("not a namedtuple")),
    }
}

fn name_str(vm: &Vm, q: Qstr) -> &'static str {
    core::str::from_utf8(vm.qstr_str(q)).unwrap_or("?")
}

fn nt_build(vm: &mut Vm, cls: &'static Type, args: &[Value], kw: &[Value]) -> PyResult {
    let (fields, def) = fields_of(vm, cls)?;
    let names = tuple_items(fields);
    let n = names.len();
    let given = args.len() + kw.len() / 2;
    if args.len() > n {
        let name = name_str(vm, def.name);
        return Err(vm.type_error_fmt(format_args!(
            "{name}() takes {n} positional arguments but {given} were given"
        )));
    }
    let t = crate::objtuple::alloc_tuple(vm, n)?;
    let tv = Value::from_ptr(t);
    // SAFETY: a fresh tuple of n NULL items.
    let items = unsafe { core::slice::from_raw_parts_mut((*t).items.as_mut_ptr(), n) };
    items[..args.len()].copy_from_slice(args);
    for pair in kw.chunks(2) {
        let names = tuple_items(fields);
        let Some(i) = names
            .iter()
            .position(|&q| vm.eq(q, pair[0]).unwrap_or(false))
        else {
            let k = crate::objstr::str_bytes(vm, pair[0]).unwrap_or(b"?");
            let k = core::str::from_utf8(k).unwrap_or("?");
            return Err(vm.type_error_fmt(format_args!("unexpected keyword argument '{k}'")));
        };
        if !items[i].is_null() {
            let k = crate::objstr::str_bytes(vm, pair[0]).unwrap_or(b"?");
            let k = core::str::from_utf8(k).unwrap_or("?");
            return Err(vm.type_error_fmt(format_args!(
                "function got multiple values for argument '{k}'"
            )));
        }
        items[i] = pair[1];
    }
    if items.iter().any(|x| x.is_null()) {
        let name = name_str(vm, def.name);
        return Err(vm.type_error_fmt(format_args!(
            "{name}() takes {n} positional arguments but {given} were given"
        )));
    }
    crate::objtype::new_instance(vm, cls, &[tv], &[])
}

fn type_arg(vm: &mut Vm, cls: Value) -> PyResult<&'static Type> {
    if cls.is_type(&crate::objtype::TYPE_TYPE) {
        // SAFETY: checked type object.
        Ok(unsafe { &*cls.as_ptr::<Type>() })
    } else {
        Err(vm.type_error("expected a class"))
    }
}

static NT_NEW_FN: BuiltinFn = BuiltinFn::kw(1, |vm, a, kw| {
    let cls = type_arg(vm, a[0])?;
    nt_build(vm, cls, &a[1..], kw)
});

static NT_REPR: BuiltinFn = BuiltinFn::f1(|vm, v| {
    let ty = vm.type_of(v);
    let (fields, def) = fields_of(vm, ty)?;
    let mut b = Buf::new();
    b.push_bytes(vm.qstr_str(def.name));
    b.push(b'(');
    let n = tuple_items(fields).len();
    for i in 0..n {
        if i > 0 {
            b.push_str(", ");
        }
        let name = tuple_items(fields)[i];
        vm.print_value(&mut b, name, PrintKind::Str)?;
        b.push(b'=');
        let x = tuple_items(v).get(i).copied().unwrap_or(Value::NONE);
        vm.print_value(&mut b, x, PrintKind::Repr)?;
    }
    b.push(b')');
    crate::objstr::new_str(vm, b.as_bytes())
});

static NT_HASH: BuiltinFn = BuiltinFn::f1(|vm, v| {
    let t = crate::objtuple::new_tuple(vm, tuple_items(v))?;
    vm.unary_op(UNARY_HASH, t)
});

static NT_ASDICT: BuiltinFn = BuiltinFn::f1(|vm, v| {
    let ty = vm.type_of(v);
    let (fields, _) = fields_of(vm, ty)?;
    let d = crate::objdict::new_dict(vm, 0)?;
    let n = tuple_items(fields).len();
    for i in 0..n {
        let k = tuple_items(fields)[i];
        let x = tuple_items(v).get(i).copied().unwrap_or(Value::NONE);
        crate::objdict::dict_store(vm, d, k, x)?;
    }
    Ok(d)
});

static NT_REPLACE: BuiltinFn = BuiltinFn::kw(1, |vm, a, kw| {
    if a.len() != 1 {
        return Err(vm.type_error("function takes 1 positional arguments"));
    }
    let v = a[0];
    let ty = vm.type_of(v);
    let (fields, _) = fields_of(vm, ty)?;
    let cur = crate::objlist::new_list(vm, tuple_items(v))?;
    for pair in kw.chunks(2) {
        let names = tuple_items(fields);
        let Some(i) = names
            .iter()
            .position(|&q| vm.eq(q, pair[0]).unwrap_or(false))
        else {
            let k = crate::objstr::str_bytes(vm, pair[0]).unwrap_or(b"?");
            let k = core::str::from_utf8(k).unwrap_or("?");
            return Err(vm.value_error_fmt(format_args!("got unexpected field name '{k}'")));
        };
        vm.subscr(cur, Value::small_int(i as isize), pair[1])?;
    }
    let items = crate::objlist::list_items(cur);
    nt_build(vm, ty, items, &[])
});

static NT_MAKE_FN: BuiltinFn = BuiltinFn::f2(|vm, cls, it| {
    let cls = type_arg(vm, cls)?;
    let l = crate::objlist::list_from_iter(vm, it)?;
    nt_build(vm, cls, crate::objlist::list_items(l), &[])
});

static NT_NEW: Wrapper = Wrapper::new(&STATICMETHOD_TYPE, NT_NEW_FN.value());
static NT_MAKE: Wrapper = Wrapper::new(&CLASSMETHOD_TYPE, NT_MAKE_FN.value());

fn push_field(vm: &mut Vm, out: Value, name: &[u8]) -> PyResult<()> {
    let q = vm.intern(name)?;
    crate::objlist::list_append(vm, out, Value::qstr(q))
}

static NAMEDTUPLE: BuiltinFn = BuiltinFn::f2(|vm, name, fields_in| {
    let Some(name_b) = crate::objstr::str_bytes(vm, name) else {
        return Err(vm.type_error("namedtuple name must be a str"));
    };
    let name_q = vm.intern(name_b)?;
    let names = crate::objlist::new_list(vm, &[])?;
    if let Some(s) = crate::objstr::str_bytes(vm, fields_in) {
        for part in s.split(|c| crate::strmethods::is_space(*c)) {
            if !part.is_empty() {
                push_field(vm, names, part)?;
            }
        }
    } else {
        let it = vm.get_iter(fields_in)?;
        while let Some(f) = vm.iter_next(it)? {
            let Some(s) = crate::objstr::str_bytes(vm, f) else {
                return Err(vm.type_error("namedtuple field names must be str"));
            };
            push_field(vm, names, s)?;
        }
    }
    let fields = crate::objtuple::new_tuple(vm, crate::objlist::list_items(names))?;
    let dict = crate::objdict::new_dict(vm, 0)?;
    let n = tuple_items(fields).len();
    for i in 0..n {
        let getter = vm.new_obj(FieldGetter {
            base: ObjHeader::new(&FIELD_GETTER_TYPE),
            index: i,
        })?;
        let prop = vm.new_obj(Property {
            base: ObjHeader::new(&PROPERTY_TYPE),
            fns: [getter, Value::NONE, Value::NONE],
        })?;
        let f = tuple_items(fields)[i];
        crate::objdict::dict_store(vm, dict, f, prop)?;
    }
    let members: [(&[u8], Value); 6] = [
        (b"_fields", fields),
        (b"__new__", Value::from_static(&NT_NEW)),
        (b"__repr__", NT_REPR.value()),
        (b"__hash__", NT_HASH.value()),
        (b"_asdict", NT_ASDICT.value()),
        (b"_replace", NT_REPLACE.value()),
    ];
    for (k, v) in members {
        set(vm, dict, k, v)?;
    }
    set(vm, dict, b"_make", Value::from_static(&NT_MAKE))?;
    let bases = crate::objtuple::new_tuple(vm, &[TUPLE_TYPE.as_value()])?;
    crate::objtype::new_class(vm, name_q, bases, dict)
});

// ---------------------------------------------------------------------------------------------
// OrderedDict

static OD_REPR: BuiltinFn = BuiltinFn::f1(|vm, v| {
    let mut b = Buf::new();
    let name = vm.type_of(v).name;
    b.push_bytes(vm.qstr_str(name));
    b.push(b'(');
    let native = crate::objtype::native_of(v, &crate::objdict::DICT_TYPE);
    if native.is_obj() {
        vm.print_value(&mut b, native, PrintKind::Repr)?;
    }
    b.push(b')');
    crate::objstr::new_str(vm, b.as_bytes())
});

fn make_ordered_dict(vm: &mut Vm) -> PyResult {
    let dict = crate::objdict::new_dict(vm, 0)?;
    dict_map(dict).set_qstr(vm, q!("__repr__"), OD_REPR.value())?;
    let name = vm.intern(b"OrderedDict")?;
    let bases = crate::objtuple::new_tuple(vm, &[crate::objdict::DICT_TYPE.as_value()])?;
    crate::objtype::new_class(vm, name, bases, dict)
}

/// Fills the `collections` module.
pub fn init(vm: &mut Vm, g: Value) -> PyResult<()> {
    set(vm, g, b"deque", DEQUE_TYPE.as_value())?;
    set(vm, g, b"namedtuple", NAMEDTUPLE.value())?;
    let od = make_ordered_dict(vm)?;
    set(vm, g, b"OrderedDict", od)
}
