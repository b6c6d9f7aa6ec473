//! Loading `.mpy` files: runtime qstr and constant tables, code objects over the image
//! (executed in place), verification, and running a module's top-level code.

use core::mem::size_of;

use mpy_format::{Const, KindData, Module, Prelude, QstrEntry, RawCode, ReadOptions};

use crate::code::{Code, CodeKind, ModuleContext};
use crate::error::{Exc, PyResult};
use crate::objdict::dict_map;
use crate::objexc::{RUNTIME_ERROR, VALUE_ERROR};
use crate::objmodule::{self, MODULE_TYPE};
use crate::q;
use crate::qstr::Qstr;
use crate::value::Value;
use crate::vm::Vm;

impl Vm {
    /// What this interpreter can load (for the header checks and `sys.implementation._mpy`).
    pub fn port_info(&self) -> mpy_format::PortInfo {
        let bits = crate::value::SMALL_INT_BITS as u8;
        match crate::nativefn::NATIVE_ARCH {
            Some(a) => mpy_format::PortInfo::native(a, bits),
            None => mpy_format::PortInfo::bytecode_only(bits),
        }
    }
}

fn format_error(vm: &mut Vm, e: &mpy_format::Error) -> Exc {
    let ty = match e.exception() {
        mpy_format::PyExc::RuntimeError => &RUNTIME_ERROR,
        mpy_format::PyExc::ValueError => &VALUE_ERROR,
    };
    vm.exc_msg(ty, e.message())
}

/// A loaded module image: its context and top-level code.
pub struct Loaded {
    /// Tables and globals shared by the module's functions.
    pub ctx: *const ModuleContext,
    /// The module's top-level code.
    pub root: *const Code,
}

/// Loads a `.mpy` image that outlives every object made from it (flash, `include_bytes!`, or
/// a heap block kept alive by the code that points into it), into the module `globals`.
pub fn load_mpy(
    vm: &mut Vm,
    image: &'static [u8],
    globals: Value,
    module: Value,
) -> PyResult<Loaded> {
    load_mpy_with(vm, image, None, globals, module)
}

/// [`load_mpy`], with the code descriptors of a trusted image given (static, made at build
/// time) instead of built on the heap; they must belong to `image`.
pub(crate) fn load_mpy_with(
    vm: &mut Vm,
    image: &'static [u8],
    root: Option<*const Code>,
    globals: Value,
    module: Value,
) -> PyResult<Loaded> {
    let port = vm.port_info();
    let m = Module::load(image, &port, ReadOptions::default()).map_err(|e| format_error(vm, &e))?;
    // Runtime qstr numbers of the file's qstr table (16-bit, as native code reads them).
    let n_qstr = m.qstrs.len();
    // Code descriptors keep names as 16-bit table indices (as native code reads the table).
    if n_qstr > usize::from(u16::MAX) {
        return Err(vm.value_error("invalid .mpy: too many qstrs"));
    }
    let qt = vm.alloc_bytes(n_qstr.max(1) * size_of::<u16>())? as *mut u16;
    for (i, q) in m.qstrs.iter().enumerate() {
        let rq = match *q {
            QstrEntry::Static(n) => Qstr(n),
            QstrEntry::Inline(s) => vm.intern(s)?,
        };
        // SAFETY: i < n_qstr entries allocated above.
        unsafe { *qt.add(i) = rq.0 };
    }
    let n_obj = m.consts.len();
    let ot = vm.alloc_values(n_obj.max(1))?;
    for (i, c) in m.consts.iter().enumerate() {
        let v = load_const(vm, c)?;
        // SAFETY: i < n_obj slots allocated above.
        unsafe { *ot.add(i) = v };
    }
    // SAFETY: the qstr table has at least entry 0 after a successful parse, or is empty.
    let file = if n_qstr > 0 {
        Qstr(unsafe { *qt })
    } else {
        q!("<stdin>")
    };
    let ctx = vm.alloc_obj(ModuleContext {
        base: crate::obj::ObjHeader::new(&MODULE_TYPE),
        globals,
        qstr_table: qt,
        obj_table: ot,
        n_qstr,
        n_obj,
        file,
        module,
    })?;
    let root = match root {
        // SAFETY: a static descriptor lives for the program.
        Some(r) if unsafe { (*r).fun_data } == m.root.body.as_ptr() => r,
        Some(_) => return Err(vm.value_error("frozen code does not match its image")),
        None => load_raw_code(vm, &m.root, qt, ot, n_qstr, n_obj)?,
    };
    if m.consts.iter().any(|c| matches!(c, Const::FunTable)) {
        // SAFETY: the module's freshly loaded root code and constant table.
        unsafe { crate::native_load::check_bytecode_consts(vm, root, ot)? };
    }
    Ok(Loaded { ctx, root })
}

fn load_const(vm: &mut Vm, c: &Const<'_>) -> PyResult {
    fn text(s: &[u8]) -> &str {
        core::str::from_utf8(s).unwrap_or("")
    }
    Ok(match c {
        Const::FunTable => crate::nativefn::fun_table_value(),
        Const::None => Value::NONE,
        Const::False => Value::FALSE,
        Const::True => Value::TRUE,
        Const::Ellipsis => Value::from_static(&crate::objmisc::ELLIPSIS),
        // As MicroPython's loader: a string that is already interned becomes that qstr (native
        // code passes keyword names from the constant table; they must compare as qstrs).
        Const::Str(s) => match vm.qstrs.find(s) {
            Some(q) => Value::qstr(q),
            None => crate::objstr::new_str(vm, s)?,
        },
        Const::Bytes(s) => crate::objstr::new_bytes(vm, s)?,
        Const::Int(s) => crate::objint::parse_int(vm, s, 10)?,
        Const::Float(s) => crate::objfloat::parse_float(vm, s)?,
        Const::Complex(s) => {
            let t = text(s);
            let body = t.strip_suffix('j').unwrap_or(t);
            match body.parse::<f64>() {
                Ok(im) if t.ends_with('j') => crate::objcomplex::new_complex(vm, 0.0, im)?,
                _ => return Err(vm.value_error("invalid syntax for number")),
            }
        }
        Const::Tuple(items) => {
            let l = crate::objlist::new_list(vm, &[])?;
            for item in items {
                let v = load_const(vm, item)?;
                crate::objlist::list_append(vm, l, v)?;
            }
            crate::objtuple::new_tuple(vm, crate::objlist::list_items(l))?
        }
    })
}

fn load_raw_code(
    vm: &mut Vm,
    rc: &RawCode<'static>,
    qt: *const u16,
    ot: *const Value,
    n_qstr: usize,
    n_obj: usize,
) -> PyResult<*const Code> {
    let kind = match rc.data {
        KindData::Bytecode => CodeKind::Bytecode,
        KindData::Native { .. } => CodeKind::Native,
        KindData::Viper { .. } => CodeKind::Viper,
        KindData::Asm { .. } => CodeKind::Asm,
    };
    let n_children = rc.children.len();
    // One extra slot holds the prelude pointer of native code (the native ABI's convention).
    let children = vm.alloc_bytes((n_children + 1) * size_of::<*const Code>())? as *mut *const Code;
    let code = vm.alloc_obj(Code {
        fun_data: rc.body.as_ptr(),
        fun_data_len: rc.body.len(),
        children,
        n_children,
        code_start: rc.body.len(),
        code_len: 0,
        line_table: rc.body.as_ptr(),
        line_table_len: 0,
        arg_names: core::ptr::null(),
        cells: rc.body.as_ptr(),
        n_cells: 0,
        n_state: 1,
        state_alloc: 1,
        n_exc_stack: 0,
        n_pos_args: 0,
        n_kwonly_args: 0,
        n_def_pos_args: 0,
        scope_flags: 0,
        kind,
        name: 0,
        type_sig: 0,
        data: core::ptr::null_mut(),
        starts: core::ptr::null(),
    })?;
    let bad = |vm: &mut Vm, what: &str| vm.value_error_fmt(format_args!("invalid .mpy: {what}"));
    if let Some((off, bytes)) = rc.prelude_bytes() {
        let p = Prelude::decode(bytes).map_err(|e| format_error(vm, &e))?;
        if p.simple_name >= n_qstr || p.arg_names.iter().any(|&a| a >= n_qstr) {
            return Err(bad(vm, "name index out of range"));
        }
        let names = vm.alloc_bytes(p.arg_names.len().max(1) * size_of::<u16>())? as *mut u16;
        for (i, &a) in p.arg_names.iter().enumerate() {
            // SAFETY: names has room for every argument; a < n_qstr, which fits in u16.
            unsafe { *names.add(i) = a as u16 };
        }
        let lt = p.line_table.bytes();
        // SAFETY: the fresh code object.
        unsafe {
            let c = &mut *code;
            c.name = p.simple_name as u16;
            c.arg_names = names;
            c.n_state = p.sig.n_state;
            c.state_alloc = p.sig.n_state;
            c.n_exc_stack = p.sig.n_exc_stack;
            c.n_pos_args = p.sig.n_pos_args;
            c.n_kwonly_args = p.sig.n_kwonly_args;
            c.n_def_pos_args = p.sig.n_def_pos_args;
            c.scope_flags = p.sig.scope_flags;
            c.line_table = lt.as_ptr();
            c.line_table_len = lt.len();
            c.cells = p.cells.as_ptr();
            c.n_cells = p.cells.len();
            c.code_start = off + p.code_start;
            c.code_len = rc.body.len() - c.code_start;
        }
    }
    for (i, child) in rc.children.iter().enumerate() {
        let cc = load_raw_code(vm, child, qt, ot, n_qstr, n_obj)?;
        // SAFETY: i < n_children slots.
        unsafe { *children.add(i) = cc };
    }
    // SAFETY: the finished code object.
    let c = unsafe { &mut *code };
    match kind {
        CodeKind::Bytecode => {
            // SAFETY: the name index was checked against the table.
            let name = Qstr(unsafe { *qt.add(usize::from(c.name)) });
            crate::verify::verify(vm, c, name, n_qstr, n_obj)?
        }
        _ => crate::nativefn::prepare_native(vm, c, rc, qt, ot)?,
    }
    Ok(code)
}

/// Runs a loaded module's top-level code with `globals` as both globals and locals.
pub fn run_module_code(vm: &mut Vm, loaded: &Loaded) -> PyResult {
    let f = crate::objfun::make_function(vm, loaded.root, loaded.ctx, Value::NULL, Value::NULL)?;
    // SAFETY: the context is live.
    let g = unsafe { (*loaded.ctx).globals };
    let (saved_g, saved_l) = (vm.globals, vm.locals);
    vm.globals = g;
    vm.locals = g;
    let r = vm.call(f, &[], &[]);
    vm.globals = saved_g;
    vm.locals = saved_l;
    r
}

/// Copies `bytes` into the heap and returns a slice that lives as long as something points
/// into it (the code objects made from it do).
pub fn heap_image(vm: &mut Vm, bytes: &[u8]) -> PyResult<&'static [u8]> {
    let p = vm.alloc_bytes(bytes.len())?;
    // SAFETY: a fresh block of bytes.len() bytes.
    unsafe {
        core::ptr::copy_nonoverlapping(bytes.as_ptr(), p, bytes.len());
        Ok(core::slice::from_raw_parts(p, bytes.len()))
    }
}

/// Executes `.mpy` bytes as module `name` (e.g. `__main__`), registering it in `sys.modules`.
pub fn exec_mpy(vm: &mut Vm, bytes: &[u8], name: Qstr) -> PyResult {
    let image = heap_image(vm, bytes)?;
    exec_image(vm, image, name)
}

/// Executes a `.mpy` image in place as module `name`.
pub fn exec_image(vm: &mut Vm, image: &'static [u8], name: Qstr) -> PyResult {
    let module = objmodule::new_module(vm, name)?;
    let g = objmodule::module_globals(module);
    let modules = vm.modules;
    dict_map(modules).set_qstr(vm, name, module)?;
    let loaded = load_mpy(vm, image, g, module)?;
    // SAFETY: the context is live.
    let file = unsafe { (*loaded.ctx).file };
    dict_map(g).set_qstr(vm, q!("__file__"), Value::qstr(file))?;
    run_module_code(vm, &loaded)?;
    Ok(module)
}
