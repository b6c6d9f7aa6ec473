//! `type`, `object`, classes defined in Python, their instances, and `super`.

use allocator_api2::vec::Vec;

use crate::buf::Buf;
use crate::error::PyResult;
use crate::heapalloc::VmManual;
use crate::obj::ObjHeader;
use crate::objdict::{self, dict_map};
use crate::objfun::{self, BuiltinFn};
use crate::objtuple::{self, tuple_items};
use crate::ops::*;
use crate::q;
use crate::qstr::Qstr;
use crate::types::{Attr, PrintKind, Type, flags};
use crate::value::Value;
use crate::vm::Vm;

/// The type `type`.
pub static TYPE_TYPE: Type = Type {
    make_new: Some(type_make_new),
    print: Some(type_print),
    call: Some(type_call),
    attr: Some(type_attr),
    binary_op: Some(type_binary_op),
    flags: flags::EQ_BY_IDENTITY,
    ..Type::new(q!("type"))
};

/// The type `object`.
pub static OBJECT_TYPE: Type = Type {
    make_new: Some(object_make_new),
    flags: flags::BASETYPE | flags::EQ_BY_IDENTITY,
    methods: OBJECT_METHODS,
    ..Type::new(q!("object"))
};

static OBJECT_INIT: BuiltinFn = BuiltinFn::kw(1, object_init);

/// `object.__init__`, reached by `super().__init__(...)`: in a subclass of a mutable built-in
/// container (list, dict, set, bytearray) the arguments rebuild the built-in part, as
/// `list.__init__(self, items)` does; otherwise nothing to do.
fn object_init(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult {
    let obj = a[0];
    if (a.len() > 1 || !kw.is_empty()) && is_instance_obj(obj) {
        if let Some(base) = native_base(obj.obj_type()) {
            let mutable = [
                &crate::objlist::LIST_TYPE,
                &crate::objdict::DICT_TYPE,
                &crate::objset::SET_TYPE,
                &crate::objarray::BYTEARRAY_TYPE,
            ];
            if let Some(mk) = base
                .make_new
                .filter(|_| mutable.iter().any(|t| core::ptr::eq(*t, base)))
            {
                let native = mk(vm, base, &a[1..], kw)?;
                // SAFETY: instances of heap types have the Instance layout.
                unsafe { (*obj.as_ptr::<Instance>()).native = native };
            }
        }
    }
    Ok(Value::NONE)
}

static OBJECT_NEW_FN: BuiltinFn = BuiltinFn::var(1, usize::MAX, object_new);
static OBJECT_NEW: objfun::Wrapper =
    objfun::Wrapper::new(&objfun::STATICMETHOD_TYPE, OBJECT_NEW_FN.value());
static OBJECT_SETATTR: BuiltinFn = BuiltinFn::f3(object_store);
static OBJECT_DELATTR: BuiltinFn = BuiltinFn::f2(|vm, o, n| object_store(vm, o, n, Value::NULL));
static OBJECT_METHODS: &[Attr] = &[
    Attr::new(q!("__init__"), OBJECT_INIT.value()),
    Attr::new(q!("__new__"), Value::from_static(&OBJECT_NEW)),
    Attr::new(q!("__setattr__"), OBJECT_SETATTR.value()),
    Attr::new(q!("__delattr__"), OBJECT_DELATTR.value()),
];

/// `object.__new__(cls)`: a bare instance, without calling `__init__`.
fn object_new(vm: &mut Vm, a: &[Value]) -> PyResult {
    let cls = a[0];
    if !cls.is_type(&TYPE_TYPE) {
        return Err(vm.type_error("__new__ arg must be a type"));
    }
    // SAFETY: checked type object.
    let ty: &'static Type = unsafe { &*cls.as_ptr::<Type>() };
    if ty.is_heap() {
        // `super().__new__(cls, x)` in a subclass of a built-in type builds the built-in part
        // from `x`, as CPython's `int.__new__(cls, x)` does.
        if a.len() > 1 {
            if let Some(mk) = native_base(ty).and_then(|b| b.make_new.map(|mk| (b, mk))) {
                let native = (mk.1)(vm, mk.0, &a[1..], &[])?;
                return vm.new_obj(Instance {
                    base: ObjHeader::new(ty),
                    dict: Value::NULL,
                    native,
                });
            }
        }
        new_instance(vm, ty, &[], &[])
    } else {
        vm.new_obj(Instance {
            base: ObjHeader::new(ty),
            dict: Value::NULL,
            native: Value::NULL,
        })
    }
}

/// `object.__setattr__` / `object.__delattr__`: store in the instance dict directly.
fn object_store(vm: &mut Vm, o: Value, name: Value, value: Value) -> PyResult {
    let Some(s) = crate::objstr::str_bytes(vm, name) else {
        return Err(vm.type_error("attribute name must be string"));
    };
    let q = vm.intern(s)?;
    if !is_instance_obj(o) {
        return Err(vm.attribute_error(o, q));
    }
    let d = ensure_dict(vm, o)?;
    if value.is_null() {
        if dict_map(d).remove(vm, Value::qstr(q))?.is_none() {
            return Err(vm.attribute_error(o, q));
        }
    } else {
        dict_map(d).set_qstr(vm, q, value)?;
    }
    Ok(Value::NONE)
}

/// An instance of a class defined in Python.
#[repr(C)]
pub struct Instance {
    /// Header (the class).
    pub base: ObjHeader,
    /// Attribute dict (created on first store), or NULL.
    pub dict: Value,
    /// The built-in base object for subclasses of built-in types, or NULL.
    pub native: Value,
}

/// Whether `v` is an instance of a class defined in Python.
#[inline]
pub fn is_instance_obj(v: Value) -> bool {
    v.is_obj() && v.obj_type().is_heap() && !v.is_type(&TYPE_TYPE)
}

/// The native base object of a class instance (NULL if none).
#[inline]
pub fn instance_native(v: Value) -> Value {
    if is_instance_obj(v) {
        // SAFETY: instances of heap types have the Instance layout.
        unsafe { (*v.as_ptr::<Instance>()).native }
    } else {
        Value::NULL
    }
}

/// Whether `v` is of type `ty` or a class instance whose native base is of type `ty`.
#[inline]
pub fn is_base_type(v: Value, ty: &Type) -> bool {
    v.is_type(ty) || instance_native(v).is_type(ty)
}

/// `v` itself if of type `ty`, else its native base object (callers check [`is_base_type`]).
#[inline]
pub fn native_of(v: Value, ty: &Type) -> Value {
    if v.is_type(ty) { v } else { instance_native(v) }
}

/// Calls `f` on `t` and its ancestors in method resolution order until `f` returns true.
pub fn walk_mro(t: &Type, f: &mut dyn FnMut(&'static Type) -> bool) {
    if t.is_heap() {
        for &c in tuple_items(t.mro) {
            // SAFETY: MRO tuples hold type objects.
            if f(unsafe { &*c.as_ptr::<Type>() }) {
                return;
            }
        }
        return;
    }
    // SAFETY: static types live forever; parents of static types are static.
    let mut cur: &'static Type = unsafe { &*(t as *const Type) };
    loop {
        if f(cur) {
            return;
        }
        if !cur.parent.is_obj() {
            return;
        }
        // SAFETY: a static type's parent is a type object.
        cur = unsafe { &*cur.parent.as_ptr::<Type>() };
    }
}

/// Looks `name` up in a type and its ancestors: the value and the type it was found in.
pub fn lookup(vm: &Vm, t: &Type, name: Qstr) -> Option<(Value, &'static Type)> {
    let mut found = None;
    walk_mro(t, &mut |c| {
        if c.locals.is_obj() {
            if let Some(v) = dict_map(c.locals).get_qstr(vm, name) {
                found = Some((v, c));
                return true;
            }
        }
        for a in c.methods {
            if a.name == name {
                found = Some((a.value, c));
                return true;
            }
        }
        false
    });
    found
}

/// Whether storing `value` as class attribute `key` makes instance attribute access go
/// through the class (see [`flags::ACCESSORS`]).
fn is_accessor(vm: &Vm, key: Value, value: Value) -> bool {
    key == Value::qstr(q!("__setattr__"))
        || key == Value::qstr(q!("__delattr__"))
        || value.is_type(&objfun::PROPERTY_TYPE)
        || matches!(descriptor(vm, value), Some((_, set, del)) if set || del)
}

/// Whether a class or any ancestor has [`flags::ACCESSORS`]; when none has, an instance
/// attribute is found in the instance dict before the class, and stored there directly.
#[inline]
fn mro_has_accessors(t: &Type) -> bool {
    tuple_items(t.mro).iter().any(|c| {
        // SAFETY: MRO tuples hold type objects.
        unsafe { (*c.as_ptr::<Type>()).flags & flags::ACCESSORS != 0 }
    })
}

/// Looks up a special method defined by a Python class (not by built-in bases).
fn lookup_special(vm: &Vm, t: &Type, name: Qstr) -> Option<Value> {
    match lookup(vm, t, name) {
        Some((v, c)) if c.is_heap() => Some(v),
        _ => None,
    }
}

fn type_print(vm: &mut Vm, buf: &mut Buf, v: Value, _kind: PrintKind) -> PyResult<()> {
    // SAFETY: type objects only.
    let t = unsafe { &*v.as_ptr::<Type>() };
    buf.push_str("<class '");
    buf.push_bytes(vm.qstr_str(t.name));
    buf.push_str("'>");
    Ok(())
}

fn type_binary_op(_vm: &mut Vm, op: u8, a: Value, b: Value) -> PyResult {
    match op {
        EQUAL => Ok(Value::bool(a == b)),
        // `Cls | None` etc. (typing unions) are not supported; let the generic error show.
        _ => Ok(Value::NULL),
    }
}

fn type_make_new(vm: &mut Vm, _ty: &'static Type, args: &[Value], _kw: &[Value]) -> PyResult {
    match *args {
        [x] => Ok(vm.type_of(x).as_value()),
        [name, bases, dict] => {
            let q = match crate::objstr::str_bytes(vm, name) {
                Some(s) => vm.intern(s)?,
                None => return Err(vm.type_error("type() argument 1 must be str")),
            };
            new_class(vm, q, bases, dict)
        }
        _ => Err(vm.type_error("type() takes 1 or 3 arguments")),
    }
}

fn type_call(vm: &mut Vm, t: Value, args: &[Value], kw: &[Value]) -> PyResult {
    // SAFETY: type objects only.
    let ty: &'static Type = unsafe { &*t.as_ptr::<Type>() };
    match ty.make_new {
        Some(f) => f(vm, ty, args, kw),
        None => {
            let name = core::str::from_utf8(vm.qstr_str(ty.name)).unwrap_or("?");
            Err(vm.type_error_fmt(format_args!("cannot create '{name}' instances")))
        }
    }
}

/// Binds a class attribute found on a type for access through the class itself.
fn bind_for_class(vm: &mut Vm, cls: Value, v: Value, dest: &mut [Value; 2]) {
    if v.is_type(&objfun::CLASSMETHOD_TYPE) {
        // SAFETY: checked wrapper type.
        dest[0] = unsafe { (*v.as_ptr::<objfun::Wrapper>()).fun };
        dest[1] = cls;
    } else if v.is_type(&objfun::STATICMETHOD_TYPE) {
        // SAFETY: checked wrapper type.
        dest[0] = unsafe { (*v.as_ptr::<objfun::Wrapper>()).fun };
    } else {
        let _ = vm;
        dest[0] = v;
    }
}

fn type_attr(vm: &mut Vm, t: Value, attr: Qstr, dest: &mut [Value; 2]) -> PyResult<()> {
    // SAFETY: type objects only.
    let ty: &'static Type = unsafe { &*t.as_ptr::<Type>() };
    if dest[0].is_null() {
        if attr == q!("__name__") || attr == q!("__qualname__") {
            dest[0] = Value::qstr(ty.name);
            return Ok(());
        }
        if attr == q!("__bases__") {
            dest[0] = bases_tuple(vm, ty)?;
            return Ok(());
        }
        if attr == q!("__mro__") {
            dest[0] = if ty.is_heap() {
                ty.mro
            } else {
                static_mro(vm, ty)?
            };
            return Ok(());
        }
        if attr == q!("__dict__") {
            dest[0] = if ty.locals.is_obj() {
                ty.locals
            } else {
                // A built-in type's namespace is a static table: give a dict of it.
                let d = objdict::new_dict(vm, ty.methods.len())?;
                for m in ty.methods {
                    dict_map(d).set_qstr(vm, m.name, m.value)?;
                }
                d
            };
            return Ok(());
        }
        if attr == q!("__class__") {
            dest[0] = TYPE_TYPE.as_value();
            return Ok(());
        }
        if let Some((v, _)) = lookup(vm, ty, attr) {
            if let Some((Some(_), _, _)) = descriptor(vm, v) {
                dest[0] =
                    call_special(vm, v, q!("__get__"), &[Value::NONE, t])?.unwrap_or(Value::NONE);
                return Ok(());
            }
            bind_for_class(vm, t, v, dest);
        }
        return Ok(());
    }
    // Store or delete a class attribute.
    if !ty.is_heap() {
        return Err(vm.exc_msg(
            &crate::objexc::ATTRIBUTE_ERROR,
            "can't set attributes of built-in types",
        ));
    }
    if dest[1].is_null() {
        dict_map(ty.locals).remove(vm, Value::qstr(attr))?;
    } else {
        if is_accessor(vm, Value::qstr(attr), dest[1]) {
            // SAFETY: a heap type object, written only by the interpreter thread.
            unsafe { (*t.as_ptr::<Type>()).flags |= flags::ACCESSORS };
        }
        dict_map(ty.locals).set_qstr(vm, attr, dest[1])?;
    }
    dest[0] = Value::NULL;
    Ok(())
}

fn bases_tuple(vm: &mut Vm, ty: &Type) -> PyResult {
    if ty.parent.is_type(&objtuple::TUPLE_TYPE) {
        return Ok(ty.parent);
    }
    if ty.parent.is_obj() {
        return objtuple::new_tuple(vm, &[ty.parent]);
    }
    if core::ptr::eq(ty, &OBJECT_TYPE) {
        return objtuple::new_tuple(vm, &[]);
    }
    objtuple::new_tuple(vm, &[OBJECT_TYPE.as_value()])
}

fn static_mro(vm: &mut Vm, ty: &Type) -> PyResult {
    let l = crate::objlist::new_list(vm, &[])?;
    let mut chain: Vec<Value, VmManual> = Vec::new_in(VmManual);
    walk_mro(ty, &mut |c| {
        let _ = chain.try_reserve(1).map(|_| chain.push(c.as_value()));
        false
    });
    for &c in chain.iter() {
        crate::objlist::list_append(vm, l, c)?;
    }
    if !chain.iter().any(|&c| c == OBJECT_TYPE.as_value()) {
        crate::objlist::list_append(vm, l, OBJECT_TYPE.as_value())?;
    }
    objtuple::new_tuple(vm, crate::objlist::list_items(l))
}

fn object_make_new(vm: &mut Vm, ty: &'static Type, _args: &[Value], _kw: &[Value]) -> PyResult {
    vm.new_obj(Instance {
        base: ObjHeader::new(ty),
        dict: Value::NULL,
        native: Value::NULL,
    })
}

/// The attribute search order of a new class: depth-first, left to right, first occurrence
/// kept, `object` last. MicroPython deliberately searches bases depth-first rather than with
/// CPython's C3 linearisation (a documented difference), so `super()` chains in diamonds
/// follow the same order.
fn compute_mro(vm: &mut Vm, cls: Value, bases: &[Value]) -> PyResult {
    let out = crate::objlist::new_list(vm, &[cls])?;
    for &b in bases {
        // SAFETY: bases were checked to be type objects.
        let bt = unsafe { &*b.as_ptr::<Type>() };
        let mut order: Vec<Value, VmManual> = Vec::new_in(VmManual);
        let mut failed = false;
        walk_mro(bt, &mut |c| {
            if c.as_value() != OBJECT_TYPE.as_value() {
                failed |= order.try_reserve(1).is_err();
                if !failed {
                    order.push(c.as_value());
                }
            }
            false
        });
        if failed {
            return Err(vm.memory_error());
        }
        for &c in order.iter() {
            if !crate::objlist::list_items(out).contains(&c) {
                crate::objlist::list_append(vm, out, c)?;
            }
        }
    }
    crate::objlist::list_append(vm, out, OBJECT_TYPE.as_value())?;
    objtuple::new_tuple(vm, crate::objlist::list_items(out))
}

/// Creates a class: `type(name, bases, dict)`.
pub fn new_class(vm: &mut Vm, name: Qstr, bases: Value, dict: Value) -> PyResult {
    if !crate::objtype::is_base_type(bases, &objtuple::TUPLE_TYPE) {
        return Err(vm.type_error("type() argument 2 must be tuple"));
    }
    let bases_items = tuple_items(bases);
    let mut tflags = flags::HEAP | flags::BASETYPE;
    for &b in bases_items {
        if !b.is_type(&TYPE_TYPE) {
            return Err(vm.type_error("bases must be types"));
        }
        // SAFETY: checked type object.
        let bt = unsafe { &*b.as_ptr::<Type>() };
        if bt.flags & flags::BASETYPE == 0 {
            let n = core::str::from_utf8(vm.qstr_str(bt.name)).unwrap_or("?");
            return Err(
                vm.type_error_fmt(format_args!("type '{n}' is not an acceptable base type"))
            );
        }
        tflags |= bt.flags & flags::EXCEPTION;
    }
    if !objdict::is_dict(dict) {
        return Err(vm.type_error("type() argument 3 must be dict"));
    }
    let t = Type {
        name,
        flags: tflags,
        make_new: Some(instance_make_new),
        print: Some(instance_print),
        call: Some(instance_call),
        unary_op: Some(instance_unary_op),
        binary_op: Some(instance_binary_op),
        attr: Some(instance_attr),
        subscr: Some(instance_subscr),
        getiter: Some(instance_getiter),
        iternext: Some(instance_iternext),
        parent: bases,
        locals: dict,
        ..Type::new(name)
    };
    let tp = vm.alloc_obj(t)?;
    let cls = Value::from_ptr(tp);
    let mro = compute_mro(vm, cls, bases_items)?;
    // SAFETY: the fresh type object.
    unsafe { (*tp).mro = mro };
    // `__set_name__(owner, name)` of attribute values, in definition order.
    let mut i = 0;
    while i < dict_map(dict).filled() {
        if let Some(e) = dict_map(dict).slot(i) {
            if is_accessor(vm, e.key, e.value) {
                // SAFETY: the fresh type object.
                unsafe { (*tp).flags |= flags::ACCESSORS };
            }
            if is_instance_obj(e.value) {
                call_special(vm, e.value, q!("__set_name__"), &[cls, e.key])?;
            }
        }
        i += 1;
    }
    Ok(cls)
}

/// The first built-in (non-object) base type in the MRO of a class, if any.
fn native_base(t: &Type) -> Option<&'static Type> {
    let mut found = None;
    walk_mro(t, &mut |c| {
        if !c.is_heap() && !core::ptr::eq(c, &OBJECT_TYPE) {
            found = Some(c);
            return true;
        }
        false
    });
    found
}

fn instance_make_new(vm: &mut Vm, ty: &'static Type, args: &[Value], kw: &[Value]) -> PyResult {
    let cls = ty.as_value();
    if let Some(new) = lookup_special(vm, ty, q!("__new__")) {
        let new =
            if new.is_type(&objfun::STATICMETHOD_TYPE) || new.is_type(&objfun::CLASSMETHOD_TYPE) {
                // SAFETY: checked wrapper type.
                unsafe { (*new.as_ptr::<objfun::Wrapper>()).fun }
            } else {
                new
            };
        let obj = vm.call_with_self(new, cls, args, kw)?;
        if vm.is_instance(obj, ty) {
            call_init(vm, ty, obj, args, kw)?;
        }
        return Ok(obj);
    }
    let obj = new_instance(vm, ty, args, kw)?;
    call_init(vm, ty, obj, args, kw)?;
    Ok(obj)
}

/// Allocates an instance of class `ty`, creating its native base object if it has one.
pub fn new_instance(vm: &mut Vm, ty: &'static Type, args: &[Value], kw: &[Value]) -> PyResult {
    let mut native = Value::NULL;
    if let Some(base) = native_base(ty) {
        if let Some(mk) = base.make_new {
            let user_init = lookup_special(vm, ty, q!("__init__")).is_some();
            native = if !user_init || base.flags & flags::EXCEPTION != 0 {
                mk(vm, base, args, if user_init { &[] } else { kw })?
            } else {
                mk(vm, base, &[], &[])?
            };
        }
    }
    vm.new_obj(Instance {
        base: ObjHeader::new(ty),
        dict: Value::NULL,
        native,
    })
}

fn call_init(
    vm: &mut Vm,
    ty: &'static Type,
    obj: Value,
    args: &[Value],
    kw: &[Value],
) -> PyResult<()> {
    if let Some(init) = lookup_special(vm, ty, q!("__init__")) {
        let r = vm.call_with_self(init, obj, args, kw)?;
        if r != Value::NONE {
            return Err(vm.type_error("__init__() should return None"));
        }
    }
    Ok(())
}

/// Calls the special method `name` of a class instance, if its class defines one.
pub fn call_special(vm: &mut Vm, v: Value, name: Qstr, args: &[Value]) -> PyResult<Option<Value>> {
    let ty = v.obj_type();
    match lookup_special(vm, ty, name) {
        Some(m) => {
            let mut dest = [Value::NULL; 2];
            bind_method(vm, v, m, &mut dest);
            let r = if dest[1].is_null() {
                vm.call(dest[0], args, &[])?
            } else {
                vm.call_with_self(dest[0], dest[1], args, &[])?
            };
            Ok(Some(r))
        }
        None => Ok(None),
    }
}

/// Whether `v` should be bound as a method when found on a class.
pub fn is_method_like(v: Value) -> bool {
    if !v.is_obj() {
        return false;
    }
    let t = v.obj_type();
    core::ptr::eq(t, &objfun::FUNCTION_TYPE)
        || core::ptr::eq(t, &objfun::GENERATOR_FUNCTION_TYPE)
        || core::ptr::eq(t, &objfun::CLOSURE_TYPE)
        || core::ptr::eq(t, &objfun::BUILTIN_FUNCTION_TYPE)
        || crate::nativefn::is_native_fun(v)
}

/// Fills `dest` for attribute `m` found on the class of `obj` (method binding rules).
pub fn bind_method(vm: &mut Vm, obj: Value, m: Value, dest: &mut [Value; 2]) {
    if is_method_like(m) {
        dest[0] = m;
        dest[1] = obj;
    } else if m.is_type(&objfun::CLASSMETHOD_TYPE) {
        // SAFETY: checked wrapper type.
        dest[0] = unsafe { (*m.as_ptr::<objfun::Wrapper>()).fun };
        dest[1] = vm.type_of(obj).as_value();
    } else if m.is_type(&objfun::STATICMETHOD_TYPE) {
        // SAFETY: checked wrapper type.
        dest[0] = unsafe { (*m.as_ptr::<objfun::Wrapper>()).fun };
    } else {
        dest[0] = m;
    }
}

/// The `__get__`, `__set__` and `__delete__` of a descriptor object found on a class.
fn descriptor(vm: &Vm, d: Value) -> Option<(Option<Value>, bool, bool)> {
    if !is_instance_obj(d) {
        return None;
    }
    let t = d.obj_type();
    let get = lookup_special(vm, t, q!("__get__"));
    let set = lookup_special(vm, t, q!("__set__")).is_some();
    let del = lookup_special(vm, t, q!("__delete__")).is_some();
    (get.is_some() || set || del).then_some((get, set, del))
}

fn instance_attr(vm: &mut Vm, v: Value, attr: Qstr, dest: &mut [Value; 2]) -> PyResult<()> {
    let ty = v.obj_type();
    // SAFETY: instances of heap types have the Instance layout.
    let inst = v.as_ptr::<Instance>();
    if dest[0].is_null() {
        if attr == q!("__class__") {
            dest[0] = ty.as_value();
            return Ok(());
        }
        // SAFETY: as above.
        let d = unsafe { (*inst).dict };
        // Without data descriptors anywhere in the MRO the instance dict comes first.
        let dict_first = !mro_has_accessors(ty);
        if dict_first && d.is_obj() {
            if let Some(x) = dict_map(d).get_qstr(vm, attr) {
                dest[0] = x;
                return Ok(());
            }
        }
        let found = lookup(vm, ty, attr);
        if let Some((p, _)) = found {
            if p.is_type(&objfun::PROPERTY_TYPE) {
                // SAFETY: checked property type.
                let getter = unsafe { (*p.as_ptr::<objfun::Property>()).fns[0] };
                if getter == Value::NONE {
                    return Err(vm.exc_msg(&crate::objexc::ATTRIBUTE_ERROR, "unreadable attribute"));
                }
                dest[0] = vm.call(getter, &[v], &[])?;
                return Ok(());
            }
            // Data descriptors take precedence over the instance dict.
            if let Some((Some(get), set, del)) = descriptor(vm, p) {
                if set || del {
                    let _ = get;
                    dest[0] = call_special(vm, p, q!("__get__"), &[v, ty.as_value()])?
                        .unwrap_or(Value::NONE);
                    return Ok(());
                }
            }
        }
        if attr == q!("__dict__") {
            dest[0] = ensure_dict(vm, v)?;
            return Ok(());
        }
        if !dict_first && d.is_obj() {
            if let Some(x) = dict_map(d).get_qstr(vm, attr) {
                dest[0] = x;
                return Ok(());
            }
        }
        if let Some((m, c)) = found {
            // Methods of a built-in base act on the built-in value itself.
            let native = unsafe { (*inst).native };
            if !c.is_heap()
                && !core::ptr::eq(c, &OBJECT_TYPE)
                && !native.is_null()
                && crate::objexc::native_exc(v).is_none()
            {
                bind_method(vm, native, m, dest);
                return Ok(());
            }
            if let Some((Some(_), _, _)) = descriptor(vm, m) {
                dest[0] =
                    call_special(vm, m, q!("__get__"), &[v, ty.as_value()])?.unwrap_or(Value::NONE);
                return Ok(());
            }
            bind_method(vm, v, m, dest);
            return Ok(());
        }
        // Attributes of the native base object (exception args, etc.).
        let native = unsafe { (*inst).native };
        if native.is_obj() {
            if let Some(f) = native.obj_type().attr {
                f(vm, native, attr, dest)?;
                if !dest[0].is_null() {
                    return Ok(());
                }
            }
        }
        if let Some(ga) = lookup_special(vm, ty, q!("__getattr__")) {
            dest[0] = vm.call_with_self(ga, v, &[Value::qstr(attr)], &[])?;
        }
        return Ok(());
    }
    // Store (dest[1] = value) or delete (dest[1] = NULL).
    if !mro_has_accessors(ty) {
        return store_in_dict(vm, v, attr, dest);
    }
    if let Some((p, _)) = lookup(vm, ty, attr) {
        if p.is_type(&objfun::PROPERTY_TYPE) {
            // SAFETY: checked property type.
            let fns = unsafe { (*p.as_ptr::<objfun::Property>()).fns };
            let (f, args) = if dest[1].is_null() {
                (fns[2], 0)
            } else {
                (fns[1], 1)
            };
            if f == Value::NONE {
                return Err(vm.exc_msg(&crate::objexc::ATTRIBUTE_ERROR, "can't set attribute"));
            }
            let call_args = [v, dest[1]];
            vm.call(f, &call_args[..1 + args], &[])?;
            dest[0] = Value::NULL;
            return Ok(());
        }
        if let Some((_, set, del)) = descriptor(vm, p) {
            let handled = if dest[1].is_null() {
                del && call_special(vm, p, q!("__delete__"), &[v])?.is_some()
            } else {
                set && call_special(vm, p, q!("__set__"), &[v, dest[1]])?.is_some()
            };
            if handled {
                dest[0] = Value::NULL;
                return Ok(());
            }
        }
    }
    if let Some(sa) = lookup_special(
        vm,
        ty,
        if dest[1].is_null() {
            q!("__delattr__")
        } else {
            q!("__setattr__")
        },
    ) {
        if dest[1].is_null() {
            vm.call_with_self(sa, v, &[Value::qstr(attr)], &[])?;
        } else {
            vm.call_with_self(sa, v, &[Value::qstr(attr), dest[1]], &[])?;
        }
        dest[0] = Value::NULL;
        return Ok(());
    }
    store_in_dict(vm, v, attr, dest)
}

/// Stores `dest[1]` as instance attribute `attr` (deletes it if NULL) in the instance dict.
fn store_in_dict(vm: &mut Vm, v: Value, attr: Qstr, dest: &mut [Value; 2]) -> PyResult<()> {
    let d = ensure_dict(vm, v)?;
    if dest[1].is_null() {
        if dict_map(d).remove(vm, Value::qstr(attr))?.is_none() {
            return Err(vm.attribute_error(v, attr));
        }
    } else {
        dict_map(d).set_qstr(vm, attr, dest[1])?;
    }
    dest[0] = Value::NULL;
    Ok(())
}

/// The attribute dict of a class instance, created on demand.
pub fn ensure_dict(vm: &mut Vm, v: Value) -> PyResult {
    let inst = v.as_ptr::<Instance>();
    // SAFETY: instances of heap types have the Instance layout.
    let d = unsafe { (*inst).dict };
    if d.is_obj() {
        return Ok(d);
    }
    let d = objdict::new_dict(vm, 0)?;
    // SAFETY: as above.
    unsafe { (*inst).dict = d };
    Ok(d)
}

fn instance_print(vm: &mut Vm, buf: &mut Buf, v: Value, kind: PrintKind) -> PyResult<()> {
    let names: &[Qstr] = if kind == PrintKind::Str {
        &[q!("__str__"), q!("__repr__")]
    } else {
        &[q!("__repr__")]
    };
    for &n in names {
        if let Some(r) = call_special(vm, v, n, &[])? {
            if !crate::objstr::is_str(r) {
                return Err(vm.type_error("__str__ returned non-string"));
            }
            return vm.print_value(buf, r, PrintKind::Str);
        }
    }
    let native = instance_native(v);
    if !native.is_null() {
        // Exceptions print with the class's name; other bases print their value, through
        // `print_value` since that value may be immediate (a qstr, a small int).
        if crate::objexc::native_exc(v).is_none() {
            return vm.print_value(buf, native, kind);
        }
        if let Some(p) = vm.type_of(native).print {
            return p(vm, buf, v, kind);
        }
    }
    let name = vm.qstr_str(v.obj_type().name);
    buf.push_str("<");
    buf.push_bytes(name);
    // MicroPython prints the address without `0x`.
    let _ = core::fmt::Write::write_fmt(buf, format_args!(" object at {:x}>", v.bits()));
    Ok(())
}

fn instance_call(vm: &mut Vm, v: Value, args: &[Value], kw: &[Value]) -> PyResult {
    match lookup_special(vm, v.obj_type(), q!("__call__")) {
        Some(f) => vm.call_with_self(f, v, args, kw),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error_fmt(format_args!("'{t}' object isn't callable")))
        }
    }
}

fn native_slot_unary(vm: &mut Vm, op: u8, v: Value) -> PyResult {
    let native = instance_native(v);
    if !native.is_null() {
        return vm.unary_op(op, native);
    }
    Ok(Value::NULL)
}

fn instance_unary_op(vm: &mut Vm, op: u8, v: Value) -> PyResult {
    let Some(name) = unary_dunder(op) else {
        return native_slot_unary(vm, op, v);
    };
    match call_special(vm, v, name, &[])? {
        Some(r) => {
            if op == UNARY_BOOL && r != Value::TRUE && r != Value::FALSE {
                return Err(vm.type_error("__bool__ should return bool"));
            }
            if op == UNARY_HASH && !crate::objint::is_int(r) {
                return Err(vm.type_error("__hash__ should return an int"));
            }
            Ok(r)
        }
        None => {
            if op == UNARY_HASH {
                // Identity hash, unless __eq__ is defined without __hash__ (unhashable).
                if lookup_special(vm, v.obj_type(), q!("__eq__")).is_some() {
                    let t = vm.type_name(v);
                    return Err(
                        vm.type_error_fmt(format_args!("unsupported type for __hash__: '{t}'"))
                    );
                }
                // A subclass of int/str/tuple/... hashes as its value, so it finds equal keys.
                let native = instance_native(v);
                if !native.is_null() && crate::objexc::native_exc(v).is_none() {
                    return vm.unary_op(op, native);
                }
                return Ok(Value::small_int((v.bits() >> 4) as isize));
            }
            native_slot_unary(vm, op, v)
        }
    }
}

fn instance_binary_op(vm: &mut Vm, op: u8, a: Value, b: Value) -> PyResult {
    if let Some(name) = binary_dunder(op) {
        if let Some(r) = call_special(vm, a, name, &[b])? {
            if r == Value::from_static(&crate::objmisc::NOT_IMPLEMENTED) {
                return Ok(Value::NULL);
            }
            return Ok(r);
        }
    }
    let native = instance_native(a);
    if !native.is_null() {
        let b = match instance_native(b) {
            n if !n.is_null() && crate::objexc::native_exc(b).is_none() => n,
            _ => b,
        };
        // A reflected operator reaches the native base as the forward one, operands swapped
        // (`0 + IntSubclass(1)` is int's `0 + 1`).
        let (op, x, y) = if (REVERSE_OR..=REVERSE_OR + (POWER - OR)).contains(&op) {
            (op - REVERSE_OR + OR, b, native)
        } else {
            (op, native, b)
        };
        return match vm.binary_op(op, x, y) {
            Ok(r) => Ok(r),
            // Let the caller try the reflected operation of the other operand.
            Err(e) if vm.is_instance(e.0, &crate::objexc::TYPE_ERROR) => Ok(Value::NULL),
            Err(e) => Err(e),
        };
    }
    Ok(Value::NULL)
}

fn instance_subscr(vm: &mut Vm, v: Value, index: Value, value: Value) -> PyResult {
    let r = if value == Value::SENTINEL {
        call_special(vm, v, q!("__getitem__"), &[index])?
    } else if value.is_null() {
        call_special(vm, v, q!("__delitem__"), &[index])?.map(|_| Value::NONE)
    } else {
        call_special(vm, v, q!("__setitem__"), &[index, value])?.map(|_| Value::NONE)
    };
    if let Some(r) = r {
        return Ok(r);
    }
    let native = instance_native(v);
    if !native.is_null() {
        return vm.subscr(native, index, value);
    }
    Ok(Value::NULL)
}

fn instance_getiter(vm: &mut Vm, v: Value) -> PyResult {
    if let Some(r) = call_special(vm, v, q!("__iter__"), &[])? {
        return Ok(r);
    }
    if lookup_special(vm, v.obj_type(), q!("__getitem__")).is_some() {
        return crate::objiter::new_getitem_iter(vm, v);
    }
    let native = instance_native(v);
    if !native.is_null() {
        return vm.get_iter(native);
    }
    let t = vm.type_name(v);
    Err(vm.type_error_fmt(format_args!("'{t}' object isn't iterable")))
}

fn instance_iternext(vm: &mut Vm, v: Value) -> PyResult {
    match call_special(vm, v, q!("__next__"), &[])? {
        Some(r) => Ok(r),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error_fmt(format_args!("'{t}' object isn't an iterator")))
        }
    }
}

/// A `super()` object.
#[repr(C)]
pub struct SuperObj {
    /// Header.
    pub base: ObjHeader,
    /// The class whose parents are searched.
    pub ty: Value,
    /// The object methods are bound to.
    pub obj: Value,
}

/// The `super` type.
pub static SUPER_TYPE: Type = Type {
    make_new: Some(super_make_new),
    attr: Some(super_attr),
    print: Some(|_vm, buf, _v, _k| {
        buf.push_str("<super>");
        Ok(())
    }),
    ..Type::new(q!("super"))
};

fn super_make_new(vm: &mut Vm, _ty: &'static Type, args: &[Value], _kw: &[Value]) -> PyResult {
    match *args {
        [t, obj] if t.is_type(&TYPE_TYPE) => vm.new_obj(SuperObj {
            base: ObjHeader::new(&SUPER_TYPE),
            ty: t,
            obj,
        }),
        _ => Err(vm.type_error("super() requires 2 arguments")),
    }
}

/// Finds `name` for `super(start, obj).name`: in `start`'s own search order, after `start`
/// itself (MicroPython looks in the class's bases, not in the MRO of `obj`'s type).
pub fn super_lookup(vm: &mut Vm, start: Value, obj: Value, name: Qstr) -> Option<Value> {
    let _ = obj;
    if !start.is_type(&TYPE_TYPE) {
        return None;
    }
    // SAFETY: checked type object.
    let t = unsafe { &*start.as_ptr::<Type>() };
    let mut first = true;
    let mut found = None;
    walk_mro(t, &mut |c| {
        if first {
            first = false;
            return false;
        }
        if c.locals.is_obj() {
            if let Some(v) = dict_map(c.locals).get_qstr(vm, name) {
                found = Some(v);
                return true;
            }
        }
        if let Some(a) = c.methods.iter().find(|a| a.name == name) {
            found = Some(a.value);
            return true;
        }
        false
    });
    if found.is_none() && !t.is_heap() {
        found = OBJECT_TYPE
            .methods
            .iter()
            .find(|a| a.name == name)
            .map(|a| a.value);
    }
    if found.is_none() {
        found = OBJECT_TYPE
            .methods
            .iter()
            .find(|a| a.name == name)
            .map(|a| a.value);
    }
    found
}

fn super_attr(vm: &mut Vm, v: Value, attr: Qstr, dest: &mut [Value; 2]) -> PyResult<()> {
    if !dest[0].is_null() {
        return Ok(());
    }
    // SAFETY: super objects only.
    let (t, obj) = unsafe { ((*v.as_ptr::<SuperObj>()).ty, (*v.as_ptr::<SuperObj>()).obj) };
    if let Some(m) = super_lookup(vm, t, obj, attr) {
        bind_super(vm, t, obj, m, dest);
    }
    Ok(())
}

/// `super().name` for a call (`LOAD_SUPER_METHOD`): `[function, self]` or `[callable, NULL]`.
pub fn load_super_method(
    vm: &mut Vm,
    start: Value,
    obj: Value,
    name: Qstr,
) -> PyResult<[Value; 2]> {
    let Some(m) = super_lookup(vm, start, obj, name) else {
        let n = core::str::from_utf8(vm.qstr_str(name)).unwrap_or("?");
        return Err(vm.exc_fmt(
            &crate::objexc::ATTRIBUTE_ERROR,
            format_args!("'super' object has no attribute '{n}'"),
        ));
    };
    let mut dest = [Value::NULL; 2];
    bind_super(vm, start, obj, m, &mut dest);
    Ok(dest)
}

/// Binds `m`, found by `super(start, obj)`: to `obj` when it is an instance of `start`, else
/// (`obj` is a subclass of `start`, as in a classmethod) as looked up on the class `obj`.
pub fn bind_super(vm: &mut Vm, start: Value, obj: Value, m: Value, dest: &mut [Value; 2]) {
    if obj.is_type(&TYPE_TYPE) && start.is_type(&TYPE_TYPE) {
        // SAFETY: checked type objects.
        let (st, ot) = unsafe { (&*start.as_ptr::<Type>(), &*obj.as_ptr::<Type>()) };
        if !vm.is_subclass(vm.type_of(obj), st) && vm.is_subclass(ot, st) {
            bind_for_class(vm, obj, m, dest);
            return;
        }
    }
    bind_method(vm, obj, m, dest);
}

/// `__build_class__(body, name, *bases)`.
pub fn build_class(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    if !kw.is_empty() {
        return Err(vm.type_error("function doesn't take keyword arguments"));
    }
    if args.len() < 2 {
        return Err(vm.type_error("__build_class__ needs a function and a name"));
    }
    let (body, name) = (args[0], args[1]);
    let bases = objtuple::new_tuple(vm, &args[2..])?;
    let dict = objdict::new_dict(vm, 0)?;
    let saved = vm.locals;
    vm.locals = dict;
    let r = vm.call(body, &[], &[]);
    vm.locals = saved;
    let cell = r?;
    let meta = match args.get(2) {
        Some(&b) => vm.type_of(b).as_value(),
        None => TYPE_TYPE.as_value(),
    };
    let cls = vm.call(meta, &[name, bases, dict], &[])?;
    if cell.is_type(&objfun::CELL_TYPE) {
        // SAFETY: checked cell.
        unsafe { (*cell.as_ptr::<objfun::Cell>()).contents = cls };
    }
    Ok(cls)
}
