//! The system modules: `sys`, `micropython`, `gc`, `builtins`.

use crate::error::{Exc, PyResult};
use crate::objdict::dict_map;
use crate::objfun::BuiltinFn;
use crate::q;
use crate::value::Value;
use crate::vm::Vm;

fn set(vm: &mut Vm, g: Value, name: crate::qstr::Qstr, v: Value) -> PyResult<()> {
    dict_map(g).set_qstr(vm, name, v)
}

/// `sys.atexit(func)`: sets the function the port calls at exit; returns the previous one.
static SYS_ATEXIT: BuiltinFn = BuiltinFn::var(1, 1, |vm, a| {
    let prev = vm.sys_exitfunc;
    vm.sys_exitfunc = a[0];
    Ok(if prev.is_null() { Value::NONE } else { prev })
});

static SYS_EXIT: BuiltinFn = BuiltinFn::var(0, 1, |vm, a| {
    let e = crate::objexc::new_exception_args(vm, &crate::objexc::SYSTEM_EXIT, a)?;
    Err(Exc(e))
});

static SYS_EXC_INFO: BuiltinFn = BuiltinFn::f0(|vm| {
    let e = vm.cur_exc;
    if e.is_null() {
        return crate::objtuple::new_tuple(vm, &[Value::NONE; 3]);
    }
    let t = vm.type_of(e).as_value();
    crate::objtuple::new_tuple(vm, &[t, e, Value::NONE])
});

static SYS_PRINT_EXCEPTION: BuiltinFn = BuiltinFn::var(1, 2, |vm, a| {
    let mut b = crate::buf::Buf::new();
    crate::objexc::print_exception(vm, &mut b, a[0]);
    match a.get(1) {
        Some(&file) => {
            let s = crate::objstr::new_str(vm, b.as_bytes())?;
            let mut w = [Value::NULL; 2];
            vm.load_method(file, q!("write"), &mut w)?;
            vm.call_method(w, &[s], &[])?;
        }
        None => vm.port().stdout(b.as_bytes()),
    }
    Ok(Value::NONE)
});

/// Fills the `sys` module.
pub fn init(vm: &mut Vm, g: Value) -> PyResult<()> {
    set(vm, g, q!("argv"), vm.sys_argv)?;
    set(vm, g, q!("path"), vm.sys_path)?;
    set(vm, g, q!("modules"), vm.modules)?;
    set(vm, g, q!("exit"), SYS_EXIT.value())?;
    set(vm, g, q!("print_exception"), SYS_PRINT_EXCEPTION.value())?;
    let q = vm.intern(b"exc_info")?;
    set(vm, g, q, SYS_EXC_INFO.value())?;
    set(vm, g, q!("byteorder"), Value::qstr(q!("little")))?;
    let q = vm.intern(b"atexit")?;
    set(vm, g, q, SYS_ATEXIT.value())?;
    // The REPL's prompts.
    for (name, text) in [(&b"ps1"[..], &b">>> "[..]), (b"ps2", b"... ")] {
        let q = vm.intern(name)?;
        let s = crate::objstr::new_str(vm, text)?;
        set(vm, g, q, s)?;
    }
    set(
        vm,
        g,
        q!("stdin"),
        Value::from_static(&crate::modsys_streams::STDIN),
    )?;
    set(
        vm,
        g,
        q!("stdout"),
        Value::from_static(&crate::modsys_streams::STDOUT),
    )?;
    set(
        vm,
        g,
        q!("stderr"),
        Value::from_static(&crate::modsys_streams::STDERR),
    )?;
    let maxsize = crate::objint::from_i64(vm, isize::MAX as i64)?;
    set(vm, g, q!("maxsize"), maxsize)?;
    let platform = vm.intern(if cfg!(feature = "std") {
        b"linux"
    } else {
        b"pyboard"
    })?;
    set(vm, g, q!("platform"), Value::qstr(platform))?;
    let version = crate::objstr::new_str(vm, b"3.4.0; MicroPython v1.29.0")?;
    set(vm, g, q!("version"), version)?;
    let vi = crate::objtuple::new_tuple(
        vm,
        &[
            Value::small_int(3),
            Value::small_int(4),
            Value::small_int(0),
        ],
    )?;
    set(vm, g, q!("version_info"), vi)?;
    let name = Value::qstr(q!("micropython"));
    let ver = crate::objtuple::new_tuple(
        vm,
        &[
            Value::small_int(1),
            Value::small_int(29),
            Value::small_int(0),
            Value::qstr(q!("")),
        ],
    )?;
    let mpy = Value::small_int(vm.port_info().sys_implementation_mpy() as isize);
    let imp = crate::objnamedtuple::new_simple_namespace(
        vm,
        &[(q!("name"), name), (q!("version"), ver), (q!("_mpy"), mpy)],
    )?;
    set(vm, g, q!("implementation"), imp)?;
    Ok(())
}

static MP_CONST: BuiltinFn = BuiltinFn::f1(|_vm, v| Ok(v));
static MP_OPT_LEVEL: BuiltinFn = BuiltinFn::var(0, 1, |vm, a| {
    let old = Value::small_int(isize::from(vm.opt_level));
    if let Some(&n) = a.first() {
        vm.opt_level = crate::objint::small_of(n).unwrap_or(0).clamp(0, 3) as u8;
    }
    Ok(old)
});
static MP_HEAP_LOCK: BuiltinFn = BuiltinFn::f0(|vm| {
    vm.heap.lock();
    Ok(Value::NONE)
});
static MP_HEAP_UNLOCK: BuiltinFn =
    BuiltinFn::f0(|vm| Ok(Value::small_int(vm.heap.unlock() as isize)));
static MP_MEM_INFO: BuiltinFn = BuiltinFn::var(0, 1, |vm, a| {
    let s = vm.heap.stats();
    let mut b = crate::buf::Buf::new();
    let _ = core::fmt::Write::write_fmt(
        &mut b,
        format_args!(
            "mem: total={}, current={}, peak={}\n{s}",
            s.total, s.used, s.used
        ),
    );
    if !a.is_empty() {
        let _ = vm.heap.dump(&mut b);
    }
    vm.port().stdout(b.as_bytes());
    Ok(Value::NONE)
});
static MP_MEM_TOTAL: BuiltinFn = BuiltinFn::f0(|vm| {
    let n = vm.heap.mem_total();
    crate::objint::from_u64(vm, n)
});
static MP_MEM_CURRENT: BuiltinFn =
    BuiltinFn::f0(|vm| Ok(Value::small_int(vm.heap.mem_current() as isize)));
static MP_MEM_PEAK: BuiltinFn =
    BuiltinFn::f0(|vm| Ok(Value::small_int(vm.heap.mem_peak() as isize)));
static MP_QSTR_INFO: BuiltinFn = BuiltinFn::var(0, 1, |vm, _a| {
    let (n, bytes) = vm.qstrs.dynamic_stats();
    let mut b = crate::buf::Buf::new();
    let _ = core::fmt::Write::write_fmt(
        &mut b,
        format_args!(
            "qstr pool: n_pool=1, n_qstr={n}, n_str_data_bytes={bytes}, n_total_bytes={bytes}\n"
        ),
    );
    vm.port().stdout(b.as_bytes());
    Ok(Value::NONE)
});
static MP_STACK_USE: BuiltinFn = BuiltinFn::f0(|vm| {
    let used = vm.stack_top.saturating_sub(mpy_gc::stack_pointer());
    Ok(Value::small_int(used as isize))
});
static MP_ALLOC_EMERGENCY: BuiltinFn = BuiltinFn::f1(|_vm, _n| Ok(Value::NONE));
static MP_KBD_INTR: BuiltinFn = BuiltinFn::f1(|_vm, _c| Ok(Value::NONE));
static MP_SCHEDULE: BuiltinFn = BuiltinFn::f2(|vm, f, arg| {
    let l = vm.scheduled;
    let t = crate::objtuple::new_tuple(vm, &[f, arg])?;
    crate::objlist::list_append(vm, l, t)?;
    Ok(Value::TRUE)
});

/// Fills the `micropython` module.
pub fn init_micropython(vm: &mut Vm, g: Value) -> PyResult<()> {
    set(vm, g, q!("const"), MP_CONST.value())?;
    set(vm, g, q!("opt_level"), MP_OPT_LEVEL.value())?;
    set(vm, g, q!("heap_lock"), MP_HEAP_LOCK.value())?;
    set(vm, g, q!("heap_unlock"), MP_HEAP_UNLOCK.value())?;
    set(vm, g, q!("mem_info"), MP_MEM_INFO.value())?;
    set(vm, g, q!("qstr_info"), MP_QSTR_INFO.value())?;
    for (name, f) in [
        (&b"mem_total"[..], &MP_MEM_TOTAL),
        (b"mem_current", &MP_MEM_CURRENT),
        (b"mem_peak", &MP_MEM_PEAK),
    ] {
        let q = vm.intern(name)?;
        set(vm, g, q, f.value())?;
    }
    let q = vm.intern(b"stack_use")?;
    set(vm, g, q, MP_STACK_USE.value())?;
    let q = vm.intern(b"alloc_emergency_exception_buf")?;
    set(vm, g, q, MP_ALLOC_EMERGENCY.value())?;
    let q = vm.intern(b"kbd_intr")?;
    set(vm, g, q, MP_KBD_INTR.value())?;
    let q = vm.intern(b"schedule")?;
    set(vm, g, q, MP_SCHEDULE.value())?;
    Ok(())
}

static GC_COLLECT: BuiltinFn = BuiltinFn::var(0, 1, |vm, _a| {
    vm.heap.collect();
    Ok(Value::NONE)
});
static GC_MEM_FREE: BuiltinFn =
    BuiltinFn::f0(|vm| Ok(Value::small_int(vm.heap.mem_free() as isize)));
static GC_MEM_ALLOC: BuiltinFn =
    BuiltinFn::f0(|vm| Ok(Value::small_int(vm.heap.mem_alloc() as isize)));
static GC_ENABLE: BuiltinFn = BuiltinFn::f0(|vm| {
    vm.heap.enable();
    Ok(Value::NONE)
});
static GC_DISABLE: BuiltinFn = BuiltinFn::f0(|vm| {
    vm.heap.disable();
    Ok(Value::NONE)
});
static GC_ISENABLED: BuiltinFn = BuiltinFn::f0(|vm| Ok(Value::bool(vm.heap.is_enabled())));
static GC_THRESHOLD: BuiltinFn = BuiltinFn::var(0, 1, |vm, a| match a.first() {
    None => Ok(match vm.heap.threshold() {
        Some(n) => Value::small_int(n as isize),
        None => Value::small_int(-1),
    }),
    Some(&n) => {
        let n = crate::objint::small_of(n).unwrap_or(-1);
        vm.heap
            .set_threshold(if n < 0 { None } else { Some(n as usize) });
        Ok(Value::NONE)
    }
});

/// Fills the `gc` module.
pub fn init_gc(vm: &mut Vm, g: Value) -> PyResult<()> {
    set(vm, g, q!("collect"), GC_COLLECT.value())?;
    set(vm, g, q!("mem_free"), GC_MEM_FREE.value())?;
    set(vm, g, q!("mem_alloc"), GC_MEM_ALLOC.value())?;
    set(vm, g, q!("enable"), GC_ENABLE.value())?;
    set(vm, g, q!("disable"), GC_DISABLE.value())?;
    set(vm, g, q!("isenabled"), GC_ISENABLED.value())?;
    set(vm, g, q!("threshold"), GC_THRESHOLD.value())?;
    Ok(())
}

/// Fills the `builtins` module with the builtins namespace.
pub fn init_builtins_module(vm: &mut Vm, g: Value) -> PyResult<()> {
    crate::objdict::dict_update_from(vm, g, vm.builtins)
}
