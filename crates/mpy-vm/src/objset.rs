//! `set` and `frozenset`, kept in insertion order on a [`Map`] (values unused).

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

/// A set or frozenset.
#[repr(C)]
pub struct SetObj {
    /// Header.
    pub base: ObjHeader,
    /// The members (as keys).
    pub map: Map,
}

/// The `set` type.
pub static SET_TYPE: Type = Type {
    flags: flags::BASETYPE,
    make_new: Some(set_make_new),
    print: Some(set_print),
    unary_op: Some(set_unary_op),
    binary_op: Some(set_binary_op),
    getiter: Some(set_getiter),
    methods: SET_METHODS,
    ..Type::new(q!("set"))
};

/// The `frozenset` type.
pub static FROZENSET_TYPE: Type = Type {
    flags: flags::BASETYPE,
    make_new: Some(set_make_new),
    print: Some(set_print),
    unary_op: Some(set_unary_op),
    binary_op: Some(set_binary_op),
    getiter: Some(set_getiter),
    methods: FROZENSET_METHODS,
    ..Type::new(q!("frozenset"))
};

/// Whether `v` is a set or frozenset (or subclass instance).
pub fn is_set(v: Value) -> bool {
    crate::objtype::is_base_type(v, &SET_TYPE) || crate::objtype::is_base_type(v, &FROZENSET_TYPE)
}

fn set_map<'a>(s: Value) -> &'a mut Map {
    let base = if crate::objtype::is_base_type(s, &SET_TYPE) {
        &SET_TYPE
    } else {
        &FROZENSET_TYPE
    };
    // SAFETY: callers pass sets.
    unsafe { &mut (*crate::objtype::native_of(s, base).as_ptr::<SetObj>()).map }
}

fn new_empty(vm: &mut Vm, ty: &'static Type) -> PyResult {
    vm.new_obj(SetObj {
        base: ObjHeader::new(ty),
        map: Map::new(),
    })
}

/// A new set holding `items`.
pub fn new_set_from(vm: &mut Vm, items: &[Value]) -> PyResult {
    let s = new_empty(vm, &SET_TYPE)?;
    for &x in items {
        set_add(vm, s, x)?;
    }
    Ok(s)
}

/// `s.add(x)`.
pub fn set_add(vm: &mut Vm, s: Value, x: Value) -> PyResult<()> {
    set_map(s).set(vm, x, Value::NONE)
}

fn fill_from(vm: &mut Vm, s: Value, src: Value) -> PyResult<()> {
    let it = vm.get_iter(src)?;
    while let Some(x) = vm.iter_next(it)? {
        set_add(vm, s, x)?;
    }
    Ok(())
}

fn set_make_new(vm: &mut Vm, ty: &'static Type, args: &[Value], _kw: &[Value]) -> PyResult {
    let s = new_empty(vm, ty)?;
    match *args {
        [] => {}
        [src] => fill_from(vm, s, src)?,
        _ => return Err(vm.type_error("function takes at most 1 argument")),
    }
    Ok(s)
}

fn members(s: Value) -> impl Iterator<Item = Value> {
    let m = set_map(s);
    (0..m.filled()).filter_map(move |i| set_map(s).slot(i).map(|e| e.key))
}

fn set_print(vm: &mut Vm, buf: &mut Buf, s: Value, _kind: PrintKind) -> PyResult<()> {
    let frozen = crate::objtype::is_base_type(s, &FROZENSET_TYPE);
    if set_map(s).is_empty() {
        buf.push_str(if frozen { "frozenset()" } else { "set()" });
        return Ok(());
    }
    if frozen {
        buf.push_str("frozenset(");
    }
    buf.push(b'{');
    for (i, x) in members(s).enumerate() {
        if i > 0 {
            buf.push_str(", ");
        }
        vm.print_value(buf, x, PrintKind::Repr)?;
    }
    buf.push(b'}');
    if frozen {
        buf.push(b')');
    }
    Ok(())
}

fn set_unary_op(vm: &mut Vm, op: u8, s: Value) -> PyResult {
    let n = set_map(s).len();
    match op {
        UNARY_BOOL => Ok(Value::bool(n != 0)),
        UNARY_LEN => Ok(Value::small_int(n as isize)),
        UNARY_HASH if crate::objtype::is_base_type(s, &FROZENSET_TYPE) => {
            let mut h = 0usize;
            for x in members(s) {
                h ^= vm.hash(x)?.wrapping_mul(0x9e37_79b9);
            }
            Ok(Value::small_int((h >> 2) as isize))
        }
        _ => Ok(Value::NULL),
    }
}

fn contains(vm: &mut Vm, s: Value, x: Value) -> PyResult<bool> {
    Ok(set_map(s).find(vm, x)?.is_some())
}

fn is_subset(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    for x in members(a) {
        if !contains(vm, b, x)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn result_type(a: Value) -> &'static Type {
    if crate::objtype::is_base_type(a, &FROZENSET_TYPE) {
        &FROZENSET_TYPE
    } else {
        &SET_TYPE
    }
}

/// Set algebra: kind 0 union, 1 intersection, 2 difference, 3 symmetric difference.
fn combine(vm: &mut Vm, a: Value, b: Value, kind: u8, ty: &'static Type) -> PyResult {
    let r = new_empty(vm, ty)?;
    match kind {
        0 => {
            fill_from(vm, r, a)?;
            fill_from(vm, r, b)?;
        }
        1 => {
            for x in members(a) {
                if contains(vm, b, x)? {
                    set_add(vm, r, x)?;
                }
            }
        }
        2 => {
            for x in members(a) {
                if !contains(vm, b, x)? {
                    set_add(vm, r, x)?;
                }
            }
        }
        _ => {
            for x in members(a) {
                if !contains(vm, b, x)? {
                    set_add(vm, r, x)?;
                }
            }
            for x in members(b) {
                if !contains(vm, a, x)? {
                    set_add(vm, r, x)?;
                }
            }
        }
    }
    Ok(r)
}

fn as_set(vm: &mut Vm, v: Value) -> PyResult {
    if is_set(v) {
        return Ok(v);
    }
    let s = new_empty(vm, &SET_TYPE)?;
    fill_from(vm, s, v)?;
    Ok(s)
}

fn set_binary_op(vm: &mut Vm, op: u8, a: Value, b: Value) -> PyResult {
    if op == CONTAINS {
        return contains(vm, a, b).map(Value::bool);
    }
    if !is_set(b) {
        return Ok(match op {
            EQUAL => Value::FALSE,
            NOT_EQUAL => Value::TRUE,
            _ => Value::NULL,
        });
    }
    let inplace =
        (INPLACE_OR..=INPLACE_POWER).contains(&op) && crate::objtype::is_base_type(a, &SET_TYPE);
    let kind = match non_inplace(op) {
        OR => 0,
        AND => 1,
        SUBTRACT => 2,
        XOR => 3,
        LESS_EQUAL => return is_subset(vm, a, b).map(Value::bool),
        MORE_EQUAL => return is_subset(vm, b, a).map(Value::bool),
        LESS => {
            let r = set_map(a).len() < set_map(b).len() && is_subset(vm, a, b)?;
            return Ok(Value::bool(r));
        }
        MORE => {
            let r = set_map(a).len() > set_map(b).len() && is_subset(vm, b, a)?;
            return Ok(Value::bool(r));
        }
        EQUAL | NOT_EQUAL => {
            let same = set_map(a).len() == set_map(b).len() && is_subset(vm, a, b)?;
            return Ok(Value::bool(same == (op == EQUAL)));
        }
        _ => return Ok(Value::NULL),
    };
    let r = combine(vm, a, b, kind, result_type(a))?;
    if inplace {
        let m = core::mem::take(set_map(r));
        *set_map(a) = m;
        return Ok(a);
    }
    Ok(r)
}

/// Iterator over a set (by slot).
#[repr(C)]
struct SetIter {
    base: ObjHeader,
    set: Value,
    pos: usize,
}

static SET_ITER_TYPE: Type = Type {
    flags: flags::ITER_IS_SELF,
    iternext: Some(|_vm, it| {
        // SAFETY: set iterators only.
        let s = unsafe { &mut *it.as_ptr::<SetIter>() };
        let m = set_map(s.set);
        while s.pos < m.filled() {
            let i = s.pos;
            s.pos += 1;
            if let Some(e) = m.slot(i) {
                return Ok(e.key);
            }
        }
        Ok(Value::NULL)
    }),
    ..Type::new(q!("iterator"))
};

fn set_getiter(vm: &mut Vm, s: Value) -> PyResult {
    vm.new_obj(SetIter {
        base: ObjHeader::new(&SET_ITER_TYPE),
        set: s,
        pos: 0,
    })
}

fn m_multi(vm: &mut Vm, a: &[Value], kind: u8, update: bool) -> PyResult {
    let mut acc = a[0];
    for &other in &a[1..] {
        let o = as_set(vm, other)?;
        acc = combine(vm, acc, o, kind, result_type(a[0]))?;
    }
    if update {
        let m = core::mem::take(set_map(acc));
        *set_map(a[0]) = m;
        return Ok(Value::NONE);
    }
    if acc == a[0] {
        let r = new_empty(vm, result_type(a[0]))?;
        fill_from(vm, r, a[0])?;
        return Ok(r);
    }
    Ok(acc)
}

static ADD: BuiltinFn = BuiltinFn::f2(|vm, s, x| set_add(vm, s, x).map(|_| Value::NONE));
static DISCARD: BuiltinFn = BuiltinFn::f2(|vm, s, x| set_map(s).remove(vm, x).map(|_| Value::NONE));
static REMOVE: BuiltinFn = BuiltinFn::f2(|vm, s, x| match set_map(s).remove(vm, x)? {
    Some(_) => Ok(Value::NONE),
    None => Err(crate::objdict::key_error(vm, x)),
});
static POP: BuiltinFn = BuiltinFn::f1(|vm, s| {
    let m = set_map(s);
    let first = (0..m.filled()).find(|&i| m.slot(i).is_some());
    match first {
        Some(i) => {
            let k = m.slot(i).map(|e| e.key).unwrap_or(Value::NONE);
            m.remove_slot(i);
            Ok(k)
        }
        None => Err(vm.exc_msg(&KEY_ERROR, "pop from an empty set")),
    }
});
static CLEAR: BuiltinFn = BuiltinFn::f1(|_vm, s| {
    set_map(s).clear();
    Ok(Value::NONE)
});
static COPY: BuiltinFn = BuiltinFn::f1(|vm, s| {
    let r = new_empty(vm, result_type(s))?;
    fill_from(vm, r, s)?;
    Ok(r)
});
static UNION: BuiltinFn = BuiltinFn::var(1, usize::MAX, |vm, a| m_multi(vm, a, 0, false));
static INTERSECTION: BuiltinFn = BuiltinFn::var(1, usize::MAX, |vm, a| m_multi(vm, a, 1, false));
static DIFFERENCE: BuiltinFn = BuiltinFn::var(1, usize::MAX, |vm, a| m_multi(vm, a, 2, false));
static SYMDIFF: BuiltinFn = BuiltinFn::var(2, 2, |vm, a| m_multi(vm, a, 3, false));
static UPDATE: BuiltinFn = BuiltinFn::var(1, usize::MAX, |vm, a| m_multi(vm, a, 0, true));
static INTERSECTION_UPDATE: BuiltinFn =
    BuiltinFn::var(1, usize::MAX, |vm, a| m_multi(vm, a, 1, true));
static DIFFERENCE_UPDATE: BuiltinFn =
    BuiltinFn::var(1, usize::MAX, |vm, a| m_multi(vm, a, 2, true));
static SYMDIFF_UPDATE: BuiltinFn = BuiltinFn::var(2, 2, |vm, a| m_multi(vm, a, 3, true));
static ISSUBSET: BuiltinFn = BuiltinFn::f2(|vm, a, b| {
    let b = as_set(vm, b)?;
    is_subset(vm, a, b).map(Value::bool)
});
static ISSUPERSET: BuiltinFn = BuiltinFn::f2(|vm, a, b| {
    let b = as_set(vm, b)?;
    is_subset(vm, b, a).map(Value::bool)
});
static ISDISJOINT: BuiltinFn = BuiltinFn::f2(|vm, a, b| {
    let b = as_set(vm, b)?;
    for x in members(a) {
        if contains(vm, b, x)? {
            return Ok(Value::FALSE);
        }
    }
    Ok(Value::TRUE)
});

/// `s.__contains__(x)`, which MicroPython's sets have as a method too.
static CONTAINS_METHOD: BuiltinFn = BuiltinFn::f2(|vm, s, x| Ok(Value::bool(contains(vm, s, x)?)));

static SET_METHODS: &[Attr] = &[
    Attr::new(q!("__contains__"), CONTAINS_METHOD.value()),
    Attr::new(q!("add"), ADD.value()),
    Attr::new(q!("clear"), CLEAR.value()),
    Attr::new(q!("copy"), COPY.value()),
    Attr::new(q!("difference"), DIFFERENCE.value()),
    Attr::new(q!("difference_update"), DIFFERENCE_UPDATE.value()),
    Attr::new(q!("discard"), DISCARD.value()),
    Attr::new(q!("intersection"), INTERSECTION.value()),
    Attr::new(q!("intersection_update"), INTERSECTION_UPDATE.value()),
    Attr::new(q!("isdisjoint"), ISDISJOINT.value()),
    Attr::new(q!("issubset"), ISSUBSET.value()),
    Attr::new(q!("issuperset"), ISSUPERSET.value()),
    Attr::new(q!("pop"), POP.value()),
    Attr::new(q!("remove"), REMOVE.value()),
    Attr::new(q!("symmetric_difference"), SYMDIFF.value()),
    Attr::new(q!("symmetric_difference_update"), SYMDIFF_UPDATE.value()),
    Attr::new(q!("union"), UNION.value()),
    Attr::new(q!("update"), UPDATE.value()),
];

static FROZENSET_METHODS: &[Attr] = &[
    Attr::new(q!("__contains__"), CONTAINS_METHOD.value()),
    Attr::new(q!("copy"), COPY.value()),
    Attr::new(q!("difference"), DIFFERENCE.value()),
    Attr::new(q!("intersection"), INTERSECTION.value()),
    Attr::new(q!("isdisjoint"), ISDISJOINT.value()),
    Attr::new(q!("issubset"), ISSUBSET.value()),
    Attr::new(q!("issuperset"), ISSUPERSET.value()),
    Attr::new(q!("symmetric_difference"), SYMDIFF.value()),
    Attr::new(q!("union"), UNION.value()),
];
