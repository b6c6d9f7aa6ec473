//! The lazy iterators of the builtins: `enumerate`, `zip`, `map`, `filter`, `reversed`.

use crate::error::PyResult;
use crate::obj::ObjHeader;
use crate::q;
use crate::types::{Type, flags};
use crate::value::Value;
use crate::vm::Vm;

/// A builtin iterator: up to two sub-iterators/values plus a counter; `items` for zip/map.
#[repr(C)]
pub struct BuiltinIter {
    /// Header.
    pub base: ObjHeader,
    /// enumerate: the iterator; filter/map: the function; reversed: the sequence.
    pub a: Value,
    /// filter: the iterator; map/zip: a list of iterators.
    pub b: Value,
    /// enumerate: next index; reversed: remaining count.
    pub n: isize,
}

macro_rules! iter_type {
    ($name:ident, $pyname:literal, $next:ident, $make:expr) => {
        /// A builtin iterator type.
        pub static $name: Type = Type {
            flags: flags::ITER_IS_SELF,
            iternext: Some($next),
            make_new: Some($make),
            ..Type::new(q!($pyname))
        };
    };
}

iter_type!(ENUMERATE_TYPE, "enumerate", enumerate_next, enumerate_new);
iter_type!(ZIP_TYPE, "zip", zip_next, zip_new);
iter_type!(MAP_TYPE, "map", map_next, map_new);
iter_type!(FILTER_TYPE, "filter", filter_next, filter_new);
iter_type!(REVERSED_TYPE, "reversed", reversed_next, reversed_new);

fn obj(it: Value) -> &'static mut BuiltinIter {
    // SAFETY: the iternext slots are only called on their own type.
    unsafe { &mut *it.as_ptr::<BuiltinIter>() }
}

fn new(vm: &mut Vm, ty: &'static Type, a: Value, b: Value, n: isize) -> PyResult {
    vm.new_obj(BuiltinIter {
        base: ObjHeader::new(ty),
        a,
        b,
        n,
    })
}

fn enumerate_new(vm: &mut Vm, ty: &'static Type, args: &[Value], kw: &[Value]) -> PyResult {
    let mut start = args.get(1).copied();
    for pair in kw.chunks(2) {
        if pair[0] == Value::qstr(q!("start")) {
            start = Some(pair[1]);
        }
    }
    let Some(&src) = args.first() else {
        return Err(vm.type_error("enumerate() missing iterable"));
    };
    let it = vm.get_iter(src)?;
    let n = start.and_then(crate::objint::small_of).unwrap_or(0);
    new(vm, ty, it, Value::NULL, n)
}

fn enumerate_next(vm: &mut Vm, it: Value) -> PyResult {
    let o = obj(it);
    match vm.iter_next(o.a)? {
        Some(x) => {
            let o = obj(it);
            let i = Value::small_int(o.n);
            o.n += 1;
            crate::objtuple::new_tuple(vm, &[i, x])
        }
        None => Ok(Value::NULL),
    }
}

fn iters_of(vm: &mut Vm, args: &[Value]) -> PyResult {
    let l = crate::objlist::new_list(vm, &[])?;
    for &a in args {
        let it = vm.get_iter(a)?;
        crate::objlist::list_append(vm, l, it)?;
    }
    Ok(l)
}

fn zip_new(vm: &mut Vm, ty: &'static Type, args: &[Value], _kw: &[Value]) -> PyResult {
    let l = iters_of(vm, args)?;
    new(vm, ty, Value::NULL, l, 0)
}

fn next_all(vm: &mut Vm, iters: Value) -> PyResult<Option<Value>> {
    let n = crate::objlist::list_items(iters).len();
    let out = crate::objlist::new_list(vm, &[])?;
    for i in 0..n {
        let it = crate::objlist::list_items(iters)[i];
        match vm.iter_next(it)? {
            Some(x) => crate::objlist::list_append(vm, out, x)?,
            None => return Ok(None),
        }
    }
    Ok(Some(out))
}

fn zip_next(vm: &mut Vm, it: Value) -> PyResult {
    let iters = obj(it).b;
    if crate::objlist::list_items(iters).is_empty() {
        return Ok(Value::NULL);
    }
    match next_all(vm, iters)? {
        Some(l) => crate::objtuple::new_tuple(vm, crate::objlist::list_items(l)),
        None => Ok(Value::NULL),
    }
}

fn map_new(vm: &mut Vm, ty: &'static Type, args: &[Value], _kw: &[Value]) -> PyResult {
    if args.len() < 2 {
        return Err(vm.type_error("map() must have at least two arguments"));
    }
    let l = iters_of(vm, &args[1..])?;
    new(vm, ty, args[0], l, 0)
}

fn map_next(vm: &mut Vm, it: Value) -> PyResult {
    let (f, iters) = (obj(it).a, obj(it).b);
    match next_all(vm, iters)? {
        Some(l) => vm.call(f, crate::objlist::list_items(l), &[]),
        None => Ok(Value::NULL),
    }
}

fn filter_new(vm: &mut Vm, ty: &'static Type, args: &[Value], _kw: &[Value]) -> PyResult {
    let [f, src] = *args else {
        return Err(vm.type_error("filter expected 2 arguments"));
    };
    let it = vm.get_iter(src)?;
    new(vm, ty, f, it, 0)
}

fn filter_next(vm: &mut Vm, it: Value) -> PyResult {
    let (f, src) = (obj(it).a, obj(it).b);
    while let Some(x) = vm.iter_next(src)? {
        let keep = if f == Value::NONE {
            vm.is_true(x)?
        } else {
            let r = vm.call(f, &[x], &[])?;
            vm.is_true(r)?
        };
        if keep {
            return Ok(x);
        }
    }
    Ok(Value::NULL)
}

fn reversed_new(vm: &mut Vm, ty: &'static Type, args: &[Value], _kw: &[Value]) -> PyResult {
    let [seq] = *args else {
        return Err(vm.type_error("reversed expected 1 argument"));
    };
    if let Some(m) = vm.load_method_opt(seq, q!("__reversed__"))? {
        if crate::objtype::is_instance_obj(seq) {
            return vm.call_method(m, &[], &[]);
        }
    }
    let n = vm.len(seq)?;
    new(vm, ty, seq, Value::NULL, n as isize)
}

fn reversed_next(vm: &mut Vm, it: Value) -> PyResult {
    let o = obj(it);
    if o.n <= 0 {
        return Ok(Value::NULL);
    }
    o.n -= 1;
    let (seq, i) = (o.a, o.n);
    vm.subscr(seq, Value::small_int(i), Value::SENTINEL)
}
