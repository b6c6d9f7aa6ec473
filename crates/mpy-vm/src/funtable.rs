//! The runtime-helper table machine code calls (`mp_fun_table`, native-abi.md §2).
//!
//! 87 entries in MicroPython's order with MicroPython's C signatures: 0..2 are the objects
//! None/False/True, 3..49 the helpers mpy-cross output calls, 50..86 the extras for dynamic
//! native modules (built from C), which this VM does not support: they raise
//! `RuntimeError('dynamic native modules not supported')`.
//!
//! Every helper is a thin shim: it finds the current interpreter through the per-thread
//! pointer, calls the Rust implementation (which returns a `PyResult` and drops everything it
//! made), and only then, holding nothing but plain words, turns an `Err` into an nlr jump.

use core::ptr;

use crate::code::{Code, ModuleContext};
use crate::error::{Exc, PyResult};
use crate::nlr;
use crate::objexc::{GENERATOR_EXIT, RUNTIME_ERROR, STOP_ITERATION, ZERO_DIVISION_ERROR};
use crate::objgen::{self, Resumed};
use crate::qstr::Qstr;
use crate::value::Value;
use crate::vm::Vm;
use crate::{objdict, objfun, objlist, objset, objtuple, q};

/// Number of entries.
pub const FUN_TABLE_LEN: usize = 87;

/// The table: one word per entry (objects or function addresses).
#[repr(C)]
pub struct FunTable(pub [*const (); FUN_TABLE_LEN]);

// SAFETY: immutable after construction; holds immediates and code addresses only.
unsafe impl Sync for FunTable {}

#[inline(always)]
fn vm<'a>() -> &'a mut Vm {
    // SAFETY: helpers only run while machine code runs, which only happens inside a call the
    // current interpreter made through the trampoline.
    unsafe { &mut *crate::heapalloc::current() }
}

/// The value of `r`, or a jump to the innermost nlr buffer with its exception.
#[inline(always)]
fn done<T: Copy>(r: PyResult<T>) -> T {
    match r {
        Ok(v) => v,
        // SAFETY: called last in a helper shim; nothing with a destructor is alive.
        Err(e) => unsafe { nlr::raise(e.0) },
    }
}

#[inline(always)]
fn obj(r: PyResult) -> usize {
    done(r).bits()
}

#[inline(always)]
fn v(w: usize) -> Value {
    Value::from_bits(w)
}

#[inline(always)]
fn qs(w: usize) -> Qstr {
    Qstr(w as u16)
}

/// `n` words at `p` (empty when `n` is 0, whatever `p` is).
#[inline(always)]
fn words<'a>(p: *const usize, n: usize) -> &'a [Value] {
    if n == 0 || p.is_null() {
        return &[];
    }
    // SAFETY: machine code passes arrays of `n` object words (its Python stack).
    unsafe { core::slice::from_raw_parts(p.cast::<Value>(), n) }
}

extern "C" fn h_convert_obj_to_native(o: usize, ty: usize) -> usize {
    done(crate::nativefn::obj_to_native(vm(), v(o), ty))
}

extern "C" fn h_convert_native_to_obj(val: usize, ty: usize) -> usize {
    obj(crate::nativefn::native_to_obj(vm(), val, ty))
}

extern "C" fn h_swap_globals(new: usize) -> usize {
    let vm = vm();
    if new == 0 || vm.globals.bits() == new {
        return 0;
    }
    let old = vm.globals;
    vm.globals = v(new);
    old.bits()
}

extern "C" fn h_load_name(q: usize) -> usize {
    obj(vm().load_name(qs(q)))
}

extern "C" fn h_load_global(q: usize) -> usize {
    obj(vm().load_global(qs(q)))
}

extern "C" fn h_load_build_class() -> usize {
    obj(vm().load_global(q!("__build_class__")))
}

extern "C" fn h_load_attr(base: usize, q: usize) -> usize {
    obj(vm().load_attr(v(base), qs(q)))
}

extern "C" fn h_load_method(base: usize, q: usize, dest: *mut usize) {
    let mut d = [Value::NULL; 2];
    done(vm().load_method(v(base), qs(q), &mut d));
    // SAFETY: two words on the native Python stack.
    unsafe {
        *dest = d[0].bits();
        *dest.add(1) = d[1].bits();
    }
}

fn load_super_method(vm: &mut Vm, q: Qstr, dest: *mut usize) -> PyResult<()> {
    // SAFETY: three words on the native Python stack.
    let (cls, this) = unsafe { (v(*dest.add(1)), v(*dest.add(2))) };
    let d = crate::objtype::load_super_method(vm, cls, this, q)?;
    // SAFETY: as above.
    unsafe {
        *dest = d[0].bits();
        *dest.add(1) = d[1].bits();
    }
    Ok(())
}

extern "C" fn h_load_super_method(q: usize, dest: *mut usize) {
    done(load_super_method(vm(), qs(q), dest));
}

extern "C" fn h_store_name(q: usize, val: usize) {
    let vm = vm();
    let locals = vm.locals;
    done(objdict::dict_map(locals).set_qstr(vm, qs(q), v(val)));
}

extern "C" fn h_store_global(q: usize, val: usize) {
    let vm = vm();
    let g = vm.globals;
    done(objdict::dict_map(g).set_qstr(vm, qs(q), v(val)));
}

extern "C" fn h_store_attr(base: usize, q: usize, val: usize) {
    done(vm().store_attr(v(base), qs(q), v(val)));
}

extern "C" fn h_obj_subscr(base: usize, index: usize, val: usize) -> usize {
    obj(vm().subscr(v(base), v(index), v(val)))
}

extern "C" fn h_obj_is_true(o: usize) -> bool {
    done(vm().is_true(v(o)))
}

extern "C" fn h_unary_op(op: usize, o: usize) -> usize {
    obj(vm().unary_op(op as u8, v(o)))
}

extern "C" fn h_binary_op(op: usize, a: usize, b: usize) -> usize {
    obj(vm().binary_op(op as u8, v(a), v(b)))
}

extern "C" fn h_new_tuple(n: usize, items: *const usize) -> usize {
    obj(objtuple::new_tuple(vm(), words(items, n)))
}

extern "C" fn h_new_list(n: usize, items: *const usize) -> usize {
    obj(objlist::new_list(vm(), words(items, n)))
}

extern "C" fn h_new_dict(n: usize) -> usize {
    obj(objdict::new_dict(vm(), n))
}

extern "C" fn h_new_set(n: usize, items: *const usize) -> usize {
    obj(objset::new_set_from(vm(), words(items, n)))
}

extern "C" fn h_set_store(set: usize, item: usize) {
    done(objset::set_add(vm(), v(set), v(item)));
}

extern "C" fn h_list_append(list: usize, item: usize) -> usize {
    done(objlist::list_append(vm(), v(list), v(item)));
    Value::NONE.bits()
}

extern "C" fn h_dict_store(dict: usize, key: usize, val: usize) -> usize {
    done(objdict::dict_store(vm(), v(dict), v(key), v(val)));
    dict
}

fn make_function(
    vm: &mut Vm,
    pf: *const Code,
    ctx: *const ModuleContext,
    def_args: *const usize,
) -> PyResult {
    if pf.is_null() || ctx.is_null() {
        return Err(vm.exc_msg(&RUNTIME_ERROR, "invalid proto-function"));
    }
    let (d, k) = if def_args.is_null() {
        (Value::NULL, Value::NULL)
    } else {
        // SAFETY: two words on the native Python stack.
        unsafe { (v(*def_args), v(*def_args.add(1))) }
    };
    objfun::make_function(vm, pf, ctx, d, k)
}

extern "C" fn h_make_function_from_proto_fun(
    pf: *const Code,
    ctx: *const ModuleContext,
    def_args: *const usize,
) -> usize {
    obj(make_function(vm(), pf, ctx, def_args))
}

extern "C" fn h_call_function_n_kw(fun: usize, n: usize, args: *const usize) -> usize {
    let (np, nk) = (n & 0xff, (n >> 8) & 0xff);
    let a = words(args, np + 2 * nk);
    obj(vm().call(v(fun), &a[..np], &a[np..]))
}

extern "C" fn h_call_method_n_kw(n_args: usize, n_kw: usize, args: *const usize) -> usize {
    let (np, nk) = (n_args & 0xff, n_kw & 0xff);
    let a = words(args, 2 + np + 2 * nk);
    let (fun, this) = (a[0], a[1]);
    let kw = &a[2 + np..];
    let r = if this.is_null() {
        vm().call(fun, &a[2..2 + np], kw)
    } else {
        vm().call(fun, &a[1..2 + np], kw)
    };
    obj(r)
}

extern "C" fn h_call_method_n_kw_var(have_self: usize, n: usize, args: *const usize) -> usize {
    let have_self = have_self & 0xff != 0;
    let (np, nk) = (n & 0xff, (n >> 8) & 0xff);
    let head = 1 + usize::from(have_self);
    let a = words(args, head + np + 2 * nk + 1);
    let this = if have_self { a[1] } else { Value::NULL };
    let pos = &a[head..head + np];
    let kw = &a[head + np..head + np + 2 * nk];
    let bitmap = a[head + np + 2 * nk];
    obj(crate::callstar::call_star(
        vm(),
        a[0],
        this,
        pos,
        kw,
        bitmap,
    ))
}

extern "C" fn h_getiter(o: usize, buf: *mut usize) -> usize {
    let it = done(vm().get_iter(v(o)));
    if buf.is_null() {
        return it.bits();
    }
    // SAFETY: four words on the native Python stack.
    unsafe {
        *buf = 0;
        *buf.add(1) = it.bits();
    }
    0
}

extern "C" fn h_iternext(buf: *mut usize) -> usize {
    // SAFETY: the iterator buffer filled by `h_getiter`.
    let it = unsafe {
        if *buf == 0 {
            v(*buf.add(1))
        } else {
            Value::from_ptr(buf)
        }
    };
    match done(vm().iter_next(it)) {
        Some(x) => x.bits(),
        None => 0,
    }
}

extern "C" fn h_nlr_pop() {
    nlr::nlr_pop()
}

extern "C" fn h_native_raise(o: usize) {
    let o = v(o);
    if o.is_null() || o == Value::NONE {
        return;
    }
    let e = crate::interp::make_raise(vm(), o);
    done::<()>(Err(e))
}

extern "C" fn h_import_name(q: usize, fromlist: usize, level: usize) -> usize {
    obj(vm().import_name(qs(q), v(fromlist), v(level)))
}

extern "C" fn h_import_from(module: usize, q: usize) -> usize {
    obj(vm().import_from(v(module), qs(q)))
}

extern "C" fn h_import_all(module: usize) {
    done(vm().import_star(v(module)));
}

extern "C" fn h_new_slice(start: usize, stop: usize, step: usize) -> usize {
    obj(crate::objslice::new_slice(vm(), v(start), v(stop), v(step)))
}

extern "C" fn h_unpack_sequence(seq: usize, n: usize, items: *mut usize) {
    done(crate::interp::unpack_sequence(
        vm(),
        v(seq),
        n,
        items.cast(),
        0,
    ));
}

extern "C" fn h_unpack_ex(seq: usize, n: usize, items: *mut usize) {
    let (l, r) = (n & 0xff, (n >> 8) & 0xff);
    done(crate::interp::unpack_ex(
        vm(),
        v(seq),
        l,
        r,
        items.cast(),
        0,
    ));
}

fn delete_in(vm: &mut Vm, d: Value, q: Qstr) -> PyResult<()> {
    match objdict::dict_map(d).remove(vm, Value::qstr(q))? {
        Some(_) => Ok(()),
        None => Err(crate::interp::name_error(vm, q)),
    }
}

extern "C" fn h_delete_name(q: usize) {
    let vm = vm();
    let l = vm.locals;
    done(delete_in(vm, l, qs(q)));
}

extern "C" fn h_delete_global(q: usize) {
    let vm = vm();
    let g = vm.globals;
    done(delete_in(vm, g, qs(q)));
}

extern "C" fn h_new_closure(fun: usize, n: usize, closed: *const usize) -> usize {
    obj(objfun::make_closure(vm(), v(fun), words(closed, n)))
}

/// `mp_arg_check_num_sig`: `sig = min << 17 | max << 1 | takes_kw`.
pub fn arg_check_num_sig(vm: &mut Vm, n_args: usize, n_kw: usize, sig: u32) -> PyResult<()> {
    let min = (sig >> 17) as usize;
    let max = ((sig >> 1) & 0xffff) as usize;
    if n_kw != 0 && sig & 1 == 0 {
        return Err(vm.type_error("function doesn't take keyword arguments"));
    }
    if min == max {
        if n_args != min {
            return Err(vm.type_error_fmt(format_args!(
                "function takes {min} positional arguments but {n_args} were given"
            )));
        }
    } else if n_args < min {
        return Err(vm.type_error_fmt(format_args!(
            "function missing {} required positional arguments",
            min - n_args
        )));
    } else if n_args > max {
        return Err(vm.type_error_fmt(format_args!(
            "function expected at most {max} arguments, got {n_args}"
        )));
    }
    Ok(())
}

extern "C" fn h_arg_check_num_sig(n_args: usize, n_kw: usize, sig: u32) {
    done(arg_check_num_sig(vm(), n_args, n_kw, sig));
}

extern "C" fn h_setup_code_state_native(
    cs: *mut usize,
    n_args: usize,
    n_kw: usize,
    args: *const usize,
) {
    let a = words(args, n_args + 2 * n_kw);
    // SAFETY: machine code passes its own code state (native-abi.md §3.6).
    done(unsafe { crate::nativefn::setup_code_state(vm(), cs, &a[..n_args], &a[n_args..]) });
}

#[cold]
fn zero_division(vm: &mut Vm) -> Exc {
    vm.exc_msg(&ZERO_DIVISION_ERROR, "divide by zero")
}

/// Python floor division on machine words (MicroPython's `mp_small_int_floor_divide`).
pub fn floor_divide(num: isize, den: isize) -> Option<isize> {
    if den == 0 {
        return None;
    }
    let mut n = num;
    if num >= 0 {
        if den < 0 {
            n = n.wrapping_add(-den - 1);
        }
    } else if den >= 0 {
        n = n.wrapping_add(-den + 1);
    }
    Some(n.wrapping_div(den))
}

/// Python modulo on machine words (MicroPython's `mp_small_int_modulo`).
pub fn modulo(num: isize, den: isize) -> Option<isize> {
    if den == 0 {
        return None;
    }
    let r = num.wrapping_rem(den);
    Some(if r != 0 && (r < 0) != (den < 0) {
        r.wrapping_add(den)
    } else {
        r
    })
}

extern "C" fn h_small_int_floor_divide(num: isize, den: isize) -> isize {
    match floor_divide(num, den) {
        Some(r) => r,
        None => done(Err(zero_division(vm()))),
    }
}

extern "C" fn h_small_int_modulo(num: isize, den: isize) -> isize {
    match modulo(num, den) {
        Some(r) => r,
        None => done(Err(zero_division(vm()))),
    }
}

/// `yield from` / `await` step for native generators (helper 48): `*ret` holds the throw
/// value on entry; true if the delegate yielded (`*ret` = the value), false when it finished
/// (`*ret` = its return value).
fn yield_from(vm: &mut Vm, gen_: Value, send: Value, ret: *mut usize) -> PyResult<bool> {
    // SAFETY: a word on the native Python stack.
    let throw = v(unsafe { *ret });
    let result = match objgen::resume_delegate(vm, gen_, send, throw) {
        Ok(Resumed::Yield(y)) => {
            // SAFETY: as above.
            unsafe { *ret = y.bits() };
            return Ok(true);
        }
        Ok(Resumed::Return(r)) => r,
        Err(e) if vm.is_instance(e.0, &STOP_ITERATION) => {
            let items = objtuple::tuple_items(crate::objexc::exc_args(e.0));
            items.first().copied().unwrap_or(Value::NONE)
        }
        Err(e) => return Err(e),
    };
    // SAFETY: as above.
    unsafe { *ret = result.bits() };
    if !throw.is_null() && vm.is_instance(throw, &GENERATOR_EXIT) {
        return Err(crate::interp::make_raise(vm, throw));
    }
    Ok(false)
}

extern "C" fn h_yield_from(gen_: usize, send: usize, ret: *mut usize) -> bool {
    done(yield_from(vm(), v(gen_), v(send), ret))
}

extern "C" fn h_dynruntime_unsupported() -> usize {
    let vm = vm();
    let e = vm.exc_msg(&RUNTIME_ERROR, "dynamic native modules not supported");
    done::<usize>(Err(e))
}

const fn w(x: usize) -> *const () {
    ptr::without_provenance(x)
}

const U: *const () = h_dynruntime_unsupported as *const ();

/// The helper table (`mp_fun_table`). Machine code finds it through the constant table.
pub static FUN_TABLE: FunTable = FunTable([
    w(0x06), // 0 None
    w(0x0e), // 1 False
    w(0x1e), // 2 True
    h_convert_obj_to_native as *const (),
    h_convert_native_to_obj as *const (),
    h_swap_globals as *const (),
    h_load_name as *const (),
    h_load_global as *const (),
    h_load_build_class as *const (),
    h_load_attr as *const (),
    h_load_method as *const (), // 10
    h_load_super_method as *const (),
    h_store_name as *const (),
    h_store_global as *const (),
    h_store_attr as *const (),
    h_obj_subscr as *const (),
    h_obj_is_true as *const (),
    h_unary_op as *const (),
    h_binary_op as *const (),
    h_new_tuple as *const (),
    h_new_list as *const (), // 20
    h_new_dict as *const (),
    h_new_set as *const (),
    h_set_store as *const (),
    h_list_append as *const (),
    h_dict_store as *const (),
    h_make_function_from_proto_fun as *const (),
    h_call_function_n_kw as *const (),
    h_call_method_n_kw as *const (),
    h_call_method_n_kw_var as *const (),
    h_getiter as *const (), // 30
    h_iternext as *const (),
    nlr::imp::mpyrs_nlr_push as *const (),
    h_nlr_pop as *const (),
    h_native_raise as *const (),
    h_import_name as *const (),
    h_import_from as *const (),
    h_import_all as *const (),
    h_new_slice as *const (),
    h_unpack_sequence as *const (),
    h_unpack_ex as *const (), // 40
    h_delete_name as *const (),
    h_delete_global as *const (),
    h_new_closure as *const (),
    h_arg_check_num_sig as *const (),
    h_setup_code_state_native as *const (),
    h_small_int_floor_divide as *const (),
    h_small_int_modulo as *const (),
    h_yield_from as *const (),
    w(0), // 49 setjmp: only for the Xtensa-windowed emitter
    U,    // 50 memset
    U,    // 51 memmove
    U,    // 52 realloc
    U,    // 53 printf
    U,    // 54 vprintf
    U,    // 55 raise_msg
    U,    // 56 obj_get_type
    U,    // 57 obj_new_str
    U,    // 58 obj_new_bytes
    U,    // 59 obj_new_bytearray_by_ref
    U,    // 60 obj_new_float_from_f
    U,    // 61 obj_new_float_from_d
    U,    // 62 obj_get_float_to_f
    U,    // 63 obj_get_float_to_d
    U,    // 64 load_method_maybe
    U,    // 65 get_buffer
    U,    // 66 get_stream_raise
    U,    // 67 arg_parse_all
    U,    // 68 arg_parse_all_kw_array
    U,    // 69 binary_get_size
    U,    // 70 binary_get_val_array
    U,    // 71 binary_set_val_array
    U,    // 72 the platform print stream
    U,    // 73 type
    U,    // 74 str
    U,    // 75 list
    U,    // 76 dict
    U,    // 77 fun_builtin_0
    U,    // 78 fun_builtin_1
    U,    // 79 fun_builtin_2
    U,    // 80 fun_builtin_3
    U,    // 81 fun_builtin_var
    U,    // 82 Exception
    U,    // 83 stream read
    U,    // 84 stream readinto
    U,    // 85 stream unbuffered_readline
    U,    // 86 stream write
]);
