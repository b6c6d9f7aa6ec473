//! The builtins namespace: functions, types and constants every module sees.

use crate::buf::Buf;
use crate::error::PyResult;
use crate::objdict::dict_map;
use crate::objfun::BuiltinFn;
use crate::ops::*;
use crate::q;
use crate::qstr::Qstr;
use crate::types::{PrintKind, Type};
use crate::value::Value;
use crate::vm::Vm;
use crate::{objint, objlist, objstr, objtuple};

fn kwarg(kw: &[Value], name: Qstr) -> Option<Value> {
    kw.chunks(2)
        .find(|p| p[0] == Value::qstr(name))
        .map(|p| p[1])
}

fn b_print(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    let sep = kwarg(kw, q!("sep")).filter(|&v| v != Value::NONE);
    let end = kwarg(kw, q!("end")).filter(|&v| v != Value::NONE);
    let file = kwarg(kw, q!("file")).filter(|&v| v != Value::NONE);
    let text = |vm: &mut Vm, v: Option<Value>, default: &'static [u8]| -> PyResult<&'static [u8]> {
        match v {
            None => Ok(default),
            Some(s) => match objstr::str_bytes(vm, s) {
                Some(b) => Ok(b),
                None => {
                    let t = vm.type_name(s);
                    Err(vm.type_error_fmt(format_args!(
                        "can't convert '{t}' object to str implicitly"
                    )))
                }
            },
        }
    };
    let sep = text(vm, sep, b" ")?;
    let end = text(vm, end, b"\n")?;
    let mut b = Buf::new();
    for (i, &a) in args.iter().enumerate() {
        if i > 0 {
            b.push_bytes(sep);
        }
        vm.print_value(&mut b, a, PrintKind::Str)?;
    }
    b.push_bytes(end);
    if b.oom {
        return Err(vm.memory_error());
    }
    match file {
        Some(f) if !is_std_stream(vm, f) => {
            let s = objstr::new_str(vm, b.as_bytes())?;
            let mut w = [Value::NULL; 2];
            vm.load_method(f, q!("write"), &mut w)?;
            vm.call_method(w, &[s], &[])?;
        }
        Some(f) if is_stderr(vm, f) => vm.port().stderr(b.as_bytes()),
        _ => vm.port().stdout(b.as_bytes()),
    }
    Ok(Value::NONE)
}

fn is_std_stream(_vm: &Vm, f: Value) -> bool {
    f.is_type(&crate::modsys_streams::STREAM_TYPE)
}

fn is_stderr(_vm: &Vm, f: Value) -> bool {
    crate::modsys_streams::is_stderr(f)
}

fn b_len(vm: &mut Vm, v: Value) -> PyResult {
    if let Some(s) = objstr::str_bytes(vm, v) {
        return Ok(Value::small_int(crate::strmethods::char_count(s) as isize));
    }
    vm.unary_op(UNARY_LEN, v)
}

fn type_arg<'a>(vm: &mut Vm, t: Value) -> PyResult<&'a Type> {
    if t.is_type(&crate::objtype::TYPE_TYPE) {
        // SAFETY: checked type object.
        return Ok(unsafe { &*t.as_ptr::<Type>() });
    }
    Err(vm.type_error("isinstance() arg 2 must be a class or a tuple of classes"))
}

fn b_isinstance(vm: &mut Vm, v: Value, t: Value) -> PyResult {
    if t.is_type(&objtuple::TUPLE_TYPE) {
        for &x in objtuple::tuple_items(t) {
            if b_isinstance(vm, v, x)? == Value::TRUE {
                return Ok(Value::TRUE);
            }
        }
        return Ok(Value::FALSE);
    }
    let ty = type_arg(vm, t)?;
    Ok(Value::bool(vm.is_instance(v, ty)))
}

fn b_issubclass(vm: &mut Vm, c: Value, t: Value) -> PyResult {
    if t.is_type(&objtuple::TUPLE_TYPE) {
        for &x in objtuple::tuple_items(t) {
            if b_issubclass(vm, c, x)? == Value::TRUE {
                return Ok(Value::TRUE);
            }
        }
        return Ok(Value::FALSE);
    }
    let ct = match type_arg(vm, c) {
        Ok(t) => t,
        Err(_) => return Err(vm.type_error("issubclass() arg 1 must be a class")),
    };
    let tt = type_arg(vm, t)?;
    Ok(Value::bool(vm.is_subclass(ct, tt)))
}

fn b_iter(vm: &mut Vm, v: Value) -> PyResult {
    vm.get_iter(v)
}

fn b_next(vm: &mut Vm, a: &[Value]) -> PyResult {
    let Some(next) = vm.type_of(a[0]).iternext else {
        let t = vm.type_name(a[0]);
        return Err(vm.type_error_fmt(format_args!("'{t}' object isn't an iterator")));
    };
    // Call the slot directly so a StopIteration raised by the iterator keeps its value.
    match next(vm, a[0]) {
        Ok(v) if !v.is_null() => Ok(v),
        Ok(_) => match a.get(1) {
            Some(&d) => Ok(d),
            None => Err(vm.exc_empty(&crate::objexc::STOP_ITERATION)),
        },
        Err(e) if a.len() > 1 && vm.is_instance(e.0, &crate::objexc::STOP_ITERATION) => Ok(a[1]),
        Err(e) => Err(e),
    }
}

fn attr_name(vm: &mut Vm, n: Value) -> PyResult<Qstr> {
    match objstr::str_bytes(vm, n) {
        Some(s) => vm.intern(s),
        None => Err(vm.type_error("attribute name must be string")),
    }
}

fn b_getattr(vm: &mut Vm, a: &[Value]) -> PyResult {
    let q = attr_name(vm, a[1])?;
    match vm.load_attr(a[0], q) {
        Ok(v) => Ok(v),
        Err(e) if a.len() == 3 && vm.is_instance(e.0, &crate::objexc::ATTRIBUTE_ERROR) => Ok(a[2]),
        Err(e) => Err(e),
    }
}

fn b_setattr(vm: &mut Vm, o: Value, n: Value, v: Value) -> PyResult {
    let q = attr_name(vm, n)?;
    vm.store_attr(o, q, v)?;
    Ok(Value::NONE)
}

fn b_delattr(vm: &mut Vm, o: Value, n: Value) -> PyResult {
    let q = attr_name(vm, n)?;
    vm.store_attr(o, q, Value::NULL)?;
    Ok(Value::NONE)
}

fn b_hasattr(vm: &mut Vm, o: Value, n: Value) -> PyResult {
    let q = attr_name(vm, n)?;
    let mut dest = [Value::NULL; 2];
    match vm.load_attr_into(o, q, &mut dest) {
        Ok(()) => Ok(Value::bool(!dest[0].is_null())),
        Err(e) if vm.is_instance(e.0, &crate::objexc::ATTRIBUTE_ERROR) => Ok(Value::FALSE),
        Err(e) => Err(e),
    }
}

fn b_repr(vm: &mut Vm, v: Value) -> PyResult {
    vm.repr(v)
}

fn b_abs(vm: &mut Vm, v: Value) -> PyResult {
    vm.unary_op(UNARY_ABS, v)
}

fn b_hash(vm: &mut Vm, v: Value) -> PyResult {
    vm.unary_op(UNARY_HASH, v)
}

fn b_id(vm: &mut Vm, v: Value) -> PyResult {
    objint::from_u64(vm, v.bits() as u64)
}

fn b_callable(vm: &mut Vm, v: Value) -> PyResult {
    let ty = vm.type_of(v);
    if ty.is_heap() && !v.is_type(&crate::objtype::TYPE_TYPE) {
        return Ok(Value::bool(
            crate::objtype::lookup(vm, ty, q!("__call__")).is_some(),
        ));
    }
    Ok(Value::bool(ty.call.is_some()))
}

fn b_chr(vm: &mut Vm, v: Value) -> PyResult {
    let v = objint::int_subclass_value(v);
    if !objint::is_int(v) {
        let t = vm.type_name(v);
        return Err(vm.type_error_fmt(format_args!("can't convert {t} to int")));
    }
    let n = objint::small_of(v).unwrap_or(-1);
    match u32::try_from(n).ok().and_then(char::from_u32) {
        Some(c) => {
            let mut tmp = [0u8; 4];
            objstr::new_str(vm, c.encode_utf8(&mut tmp).as_bytes())
        }
        None => Err(vm.value_error("chr() arg not in range(0x110000)")),
    }
}

fn b_ord(vm: &mut Vm, v: Value) -> PyResult {
    let bytes = objstr::str_bytes(vm, v).or_else(|| objstr::bytes_bytes(v));
    let Some(s) = bytes else {
        let t = vm.type_name(v);
        return Err(vm.type_error_fmt(format_args!("ord() expected a character, but {t} found")));
    };
    if objstr::is_str(v) {
        let text = core::str::from_utf8(s).unwrap_or("");
        let mut cs = text.chars();
        if let (Some(c), None) = (cs.next(), cs.next()) {
            return Ok(Value::small_int(c as isize));
        }
    } else if s.len() == 1 {
        return Ok(Value::small_int(isize::from(s[0])));
    }
    let n = if objstr::is_str(v) {
        crate::strmethods::char_count(s)
    } else {
        s.len()
    };
    Err(vm.type_error_fmt(format_args!(
        "ord() expected a character, but string of length {n} found"
    )))
}

fn radix_str(vm: &mut Vm, v: Value, radix: u32, prefix: &str) -> PyResult {
    // Only ints (and int subclasses) have a base-n form; `hex(1.5)` is a TypeError.
    let v = objint::int_subclass_value(v);
    if !objint::is_int(v) {
        let t = vm.type_name(v);
        return Err(vm.type_error_fmt(format_args!("can't convert {t} to int")));
    }
    let mut b = Buf::new();
    if let Some(n) = objint::small_of(v) {
        if n < 0 {
            b.push(b'-');
        }
        b.push_str(prefix);
        let m = n.unsigned_abs();
        let _ = match radix {
            2 => core::fmt::Write::write_fmt(&mut b, format_args!("{m:b}")),
            8 => core::fmt::Write::write_fmt(&mut b, format_args!("{m:o}")),
            _ => core::fmt::Write::write_fmt(&mut b, format_args!("{m:x}")),
        };
    } else {
        let big = objint::big_ref(v);
        let mut digits = Buf::new();
        big.to_str_radix(radix, &mut digits)
            .map_err(|e| objint::big_error(vm, e))?;
        let d = digits.as_bytes();
        let (neg, d) = if d.first() == Some(&b'-') {
            (true, &d[1..])
        } else {
            (false, d)
        };
        if neg {
            b.push(b'-');
        }
        b.push_str(prefix);
        b.push_bytes(d);
    }
    objstr::new_str(vm, b.as_bytes())
}

fn b_min_max(vm: &mut Vm, args: &[Value], kw: &[Value], op: u8) -> PyResult {
    let key = kwarg(kw, q!("key")).filter(|&k| k != Value::NONE);
    let default = kwarg(kw, q!("default"));
    let items = if args.len() == 1 {
        objlist::list_from_iter(vm, args[0])?
    } else {
        if default.is_some() {
            return Err(vm.type_error("default can't be given with multiple arguments"));
        }
        objlist::new_list(vm, args)?
    };
    let n = objlist::list_items(items).len();
    if n == 0 {
        return match default {
            Some(d) => Ok(d),
            None => Err(vm.value_error("arg is an empty sequence")),
        };
    }
    let mut best = objlist::list_items(items)[0];
    let mut best_key = match key {
        Some(k) => vm.call(k, &[best], &[])?,
        None => best,
    };
    for i in 1..n {
        let x = objlist::list_items(items)[i];
        let kx = match key {
            Some(k) => vm.call(k, &[x], &[])?,
            None => x,
        };
        let r = vm.binary_op(op, kx, best_key)?;
        if vm.is_true(r)? {
            best = x;
            best_key = kx;
        }
    }
    Ok(best)
}

fn b_sum(vm: &mut Vm, a: &[Value]) -> PyResult {
    let mut acc = a.get(1).copied().unwrap_or(Value::small_int(0));
    let it = vm.get_iter(a[0])?;
    while let Some(x) = vm.iter_next(it)? {
        acc = vm.binary_op(ADD, acc, x)?;
    }
    Ok(acc)
}

fn b_sorted(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    if args.len() != 1 {
        return Err(vm.type_error("sorted expected 1 argument"));
    }
    let l = objlist::list_from_iter(vm, args[0])?;
    let key = kwarg(kw, q!("key")).unwrap_or(Value::NONE);
    let rev = match kwarg(kw, q!("reverse")) {
        Some(r) => vm.is_true(r)?,
        None => false,
    };
    crate::sort::sort_list(vm, l, key, rev)?;
    Ok(l)
}

fn b_any_all(vm: &mut Vm, v: Value, want: bool) -> PyResult {
    let it = vm.get_iter(v)?;
    while let Some(x) = vm.iter_next(it)? {
        if vm.is_true(x)? == want {
            return Ok(Value::bool(want));
        }
    }
    Ok(Value::bool(!want))
}

fn b_divmod(vm: &mut Vm, a: Value, b: Value) -> PyResult {
    vm.binary_op(DIVMOD, a, b)
}

fn b_pow(vm: &mut Vm, a: &[Value]) -> PyResult {
    match *a {
        [x, y] => vm.binary_op(POWER, x, y),
        [x, y, m] => crate::intmethods::pow3(vm, x, y, m),
        _ => Err(vm.type_error("pow expected 2 or 3 arguments")),
    }
}

fn b_round(vm: &mut Vm, a: &[Value]) -> PyResult {
    crate::floatmethods::round(vm, a[0], a.get(1).copied())
}

fn b_globals(vm: &mut Vm) -> PyResult {
    Ok(vm.globals)
}

fn b_locals(vm: &mut Vm) -> PyResult {
    Ok(vm.locals)
}

fn b_dir(vm: &mut Vm, a: &[Value]) -> PyResult {
    let l = objlist::new_list(vm, &[])?;
    let Some(&o) = a.first() else {
        let g = vm.locals;
        let mut i = 0;
        while i < dict_map(g).filled() {
            if let Some(e) = dict_map(g).slot(i) {
                objlist::list_append(vm, l, e.key)?;
            }
            i += 1;
        }
        return Ok(l);
    };
    let seen = crate::objset::new_set_from(vm, &[])?;
    let add = |vm: &mut Vm, k: Value| -> PyResult<()> {
        if !vm.contains(seen, k)? {
            crate::objset::set_add(vm, seen, k)?;
            objlist::list_append(vm, l, k)?;
        }
        Ok(())
    };
    if crate::objtype::is_instance_obj(o) {
        // SAFETY: instance layout.
        let d = unsafe { (*o.as_ptr::<crate::objtype::Instance>()).dict };
        if d.is_obj() {
            let mut i = 0;
            while i < dict_map(d).filled() {
                if let Some(e) = dict_map(d).slot(i) {
                    add(vm, e.key)?;
                }
                i += 1;
            }
        }
    }
    if o.is_type(&crate::objmodule::MODULE_TYPE) {
        let g = crate::objmodule::module_globals(o);
        let mut i = 0;
        while i < dict_map(g).filled() {
            if let Some(e) = dict_map(g).slot(i) {
                add(vm, e.key)?;
            }
            i += 1;
        }
        dir_specials(vm, o, &add)?;
        return Ok(l);
    }
    let ty: &Type = if o.is_type(&crate::objtype::TYPE_TYPE) {
        unsafe { &*o.as_ptr::<Type>() }
    } else {
        vm.type_of(o)
    };
    let mut types: allocator_api2::vec::Vec<&'static Type, crate::heapalloc::VmManual> =
        allocator_api2::vec::Vec::new_in(crate::heapalloc::VmManual);
    crate::objtype::walk_mro(ty, &mut |c| {
        let _ = types.try_reserve(1).map(|_| types.push(c));
        false
    });
    for c in types.iter() {
        // As MicroPython: a class lists what it and its bases define, not `object`'s methods.
        if ty.is_heap() && core::ptr::eq(*c, &crate::objtype::OBJECT_TYPE) {
            continue;
        }
        for m in c.methods {
            add(vm, Value::qstr(m.name))?;
        }
        if c.locals.is_obj() {
            let mut i = 0;
            while i < dict_map(c.locals).filled() {
                if let Some(e) = dict_map(c.locals).slot(i) {
                    add(vm, e.key)?;
                }
                i += 1;
            }
        }
    }
    dir_specials(vm, o, &add)?;
    Ok(l)
}

/// Adds the special attributes `o` answers (`__class__`, a module's or type's `__name__`,
/// ...), which MicroPython's `dir()` lists because it lists every name lookup finds.
fn dir_specials(
    vm: &mut Vm,
    o: Value,
    add: &dyn Fn(&mut Vm, Value) -> PyResult<()>,
) -> PyResult<()> {
    for q in [
        q!("__class__"),
        q!("__dict__"),
        q!("__name__"),
        q!("__bases__"),
        q!("__globals__"),
        q!("__next__"),
    ] {
        let mut dest = [Value::NULL; 2];
        // Lookup failures only mean the name is not there.
        if vm.load_attr_into(o, q, &mut dest).is_ok() && !dest[0].is_null() {
            add(vm, Value::qstr(q))?;
        }
    }
    Ok(())
}

fn b_import(vm: &mut Vm, a: &[Value]) -> PyResult {
    let q = attr_name(vm, a[0])?;
    let fromlist = a.get(3).copied().unwrap_or(Value::NONE);
    let level = a.get(4).copied().unwrap_or(Value::small_int(0));
    vm.import_name(q, fromlist, level)
}

fn b_input(vm: &mut Vm, a: &[Value]) -> PyResult {
    if let Some(&p) = a.first() {
        let mut b = Buf::new();
        vm.print_value(&mut b, p, PrintKind::Str)?;
        vm.port().stdout(b.as_bytes());
    }
    let mut line = Buf::new();
    match vm.port().read_line(&mut line) {
        Some(()) => objstr::new_str(vm, line.as_bytes()),
        None => Err(vm.exc_empty(&crate::objexc::EOF_ERROR)),
    }
}

static PRINT: BuiltinFn = BuiltinFn::kw(0, b_print);
static LEN: BuiltinFn = BuiltinFn::f1(b_len);
static ISINSTANCE: BuiltinFn = BuiltinFn::f2(b_isinstance);
static ISSUBCLASS: BuiltinFn = BuiltinFn::f2(b_issubclass);
static ITER: BuiltinFn = BuiltinFn::f1(b_iter);
static NEXT: BuiltinFn = BuiltinFn::var(1, 2, b_next);
static GETATTR: BuiltinFn = BuiltinFn::var(2, 3, b_getattr);
static SETATTR: BuiltinFn = BuiltinFn::f3(b_setattr);
static DELATTR: BuiltinFn = BuiltinFn::f2(b_delattr);
static HASATTR: BuiltinFn = BuiltinFn::f2(b_hasattr);
static REPR: BuiltinFn = BuiltinFn::f1(b_repr);
static ABS: BuiltinFn = BuiltinFn::f1(b_abs);
static HASH: BuiltinFn = BuiltinFn::f1(b_hash);
static ID: BuiltinFn = BuiltinFn::f1(b_id);
static CALLABLE: BuiltinFn = BuiltinFn::f1(b_callable);
static CHR: BuiltinFn = BuiltinFn::f1(b_chr);
static ORD: BuiltinFn = BuiltinFn::f1(b_ord);
static HEX: BuiltinFn = BuiltinFn::f1(|vm, v| radix_str(vm, v, 16, "0x"));
static OCT: BuiltinFn = BuiltinFn::f1(|vm, v| radix_str(vm, v, 8, "0o"));
static BIN: BuiltinFn = BuiltinFn::f1(|vm, v| radix_str(vm, v, 2, "0b"));
static MIN: BuiltinFn = BuiltinFn::kw(1, |vm, a, k| b_min_max(vm, a, k, LESS));
static MAX: BuiltinFn = BuiltinFn::kw(1, |vm, a, k| b_min_max(vm, a, k, MORE));
static SUM: BuiltinFn = BuiltinFn::var(1, 2, b_sum);
static SORTED: BuiltinFn = BuiltinFn::kw(1, b_sorted);
static ANY: BuiltinFn = BuiltinFn::f1(|vm, v| b_any_all(vm, v, true));
static ALL: BuiltinFn = BuiltinFn::f1(|vm, v| b_any_all(vm, v, false));
static DIVMOD_FN: BuiltinFn = BuiltinFn::f2(b_divmod);
static POW: BuiltinFn = BuiltinFn::var(2, 3, b_pow);
static ROUND: BuiltinFn = BuiltinFn::var(1, 2, b_round);
static GLOBALS: BuiltinFn = BuiltinFn::f0(b_globals);
static LOCALS: BuiltinFn = BuiltinFn::f0(b_locals);
static DIR: BuiltinFn = BuiltinFn::var(0, 1, b_dir);
static BUILD_CLASS: BuiltinFn = BuiltinFn::kw(2, crate::objtype::build_class);
static IMPORT: BuiltinFn = BuiltinFn::var(1, 5, b_import);
static INPUT: BuiltinFn = BuiltinFn::var(0, 1, b_input);
static FORMAT: BuiltinFn = BuiltinFn::var(1, 2, crate::strformat::builtin_format);

/// Creates the builtins namespace dict.
pub fn make_builtins_dict(vm: &mut Vm) -> PyResult {
    let d = crate::objdict::new_dict(vm, 0)?;
    let funcs: &[(Qstr, Value)] = &[
        (q!("print"), PRINT.value()),
        (q!("len"), LEN.value()),
        (q!("isinstance"), ISINSTANCE.value()),
        (q!("issubclass"), ISSUBCLASS.value()),
        (q!("iter"), ITER.value()),
        (q!("next"), NEXT.value()),
        (q!("getattr"), GETATTR.value()),
        (q!("setattr"), SETATTR.value()),
        (q!("delattr"), DELATTR.value()),
        (q!("hasattr"), HASATTR.value()),
        (q!("repr"), REPR.value()),
        (q!("abs"), ABS.value()),
        (q!("hash"), HASH.value()),
        (q!("id"), ID.value()),
        (q!("callable"), CALLABLE.value()),
        (q!("chr"), CHR.value()),
        (q!("ord"), ORD.value()),
        (q!("hex"), HEX.value()),
        (q!("oct"), OCT.value()),
        (q!("bin"), BIN.value()),
        (q!("min"), MIN.value()),
        (q!("max"), MAX.value()),
        (q!("sum"), SUM.value()),
        (q!("sorted"), SORTED.value()),
        (q!("any"), ANY.value()),
        (q!("all"), ALL.value()),
        (q!("divmod"), DIVMOD_FN.value()),
        (q!("pow"), POW.value()),
        (q!("round"), ROUND.value()),
        (q!("globals"), GLOBALS.value()),
        (q!("locals"), LOCALS.value()),
        (q!("dir"), DIR.value()),
        (q!("__build_class__"), BUILD_CLASS.value()),
        (q!("__import__"), IMPORT.value()),
        (q!("input"), INPUT.value()),
        (q!("format"), FORMAT.value()),
    ];
    for &(n, v) in funcs {
        dict_map(d).set_qstr(vm, n, v)?;
    }
    let types: &[&'static Type] = &[
        &crate::objint::INT_TYPE,
        &crate::objmisc::BOOL_TYPE,
        &crate::objfloat::FLOAT_TYPE,
        &crate::objcomplex::COMPLEX_TYPE,
        &objstr::STR_TYPE,
        &objstr::BYTES_TYPE,
        &crate::objarray::BYTEARRAY_TYPE,
        &crate::objmemview::MEMORYVIEW_TYPE,
        &objtuple::TUPLE_TYPE,
        &objlist::LIST_TYPE,
        &crate::objdict::DICT_TYPE,
        &crate::objset::SET_TYPE,
        &crate::objset::FROZENSET_TYPE,
        &crate::objrange::RANGE_TYPE,
        &crate::objslice::SLICE_TYPE,
        &crate::objtype::TYPE_TYPE,
        &crate::objtype::OBJECT_TYPE,
        &crate::objtype::SUPER_TYPE,
        &crate::objfun::PROPERTY_TYPE,
        &crate::objfun::STATICMETHOD_TYPE,
        &crate::objfun::CLASSMETHOD_TYPE,
    ];
    for &t in types {
        dict_map(d).set_qstr(vm, t.name, t.as_value())?;
    }
    let iters: &[(Qstr, &'static Type)] = &[
        (q!("enumerate"), &crate::objiterators::ENUMERATE_TYPE),
        (q!("zip"), &crate::objiterators::ZIP_TYPE),
        (q!("map"), &crate::objiterators::MAP_TYPE),
        (q!("filter"), &crate::objiterators::FILTER_TYPE),
        (q!("reversed"), &crate::objiterators::REVERSED_TYPE),
    ];
    for &(n, t) in iters {
        dict_map(d).set_qstr(vm, n, t.as_value())?;
    }
    for &t in crate::objexc::ALL_EXCEPTIONS {
        dict_map(d).set_qstr(vm, t.name, t.as_value())?;
    }
    dict_map(d).set_qstr(
        vm,
        q!("Ellipsis"),
        Value::from_static(&crate::objmisc::ELLIPSIS),
    )?;
    dict_map(d).set_qstr(
        vm,
        q!("NotImplemented"),
        Value::from_static(&crate::objmisc::NOT_IMPLEMENTED),
    )?;
    dict_map(d).set_qstr(vm, q!("__name__"), Value::qstr(q!("builtins")))?;
    Ok(d)
}
