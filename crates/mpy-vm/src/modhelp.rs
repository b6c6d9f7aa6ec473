//! `help()` as MicroPython's ports have it: a welcome text, `help(obj)` listing an object's
//! members (a module's globals, a class's namespace, or its type's methods), and
//! `help('modules')` naming every importable built-in and frozen module.

use allocator_api2::vec::Vec;

use crate::buf::Buf;
use crate::error::PyResult;
use crate::heapalloc::VmManual;
use crate::objdict::dict_map;
use crate::objfun::BuiltinFn;
use crate::types::{PrintKind, Type};
use crate::value::Value;
use crate::vm::Vm;

/// What `help()` with no argument prints.
const WELCOME: &str = "Welcome to MicroPython!

For online docs please visit http://docs.micropython.org/

Control commands:
  CTRL-A        -- on a blank line, enter raw REPL mode
  CTRL-B        -- on a blank line, enter normal REPL mode
  CTRL-C        -- interrupt a running program
  CTRL-D        -- on a blank line, exit or do a soft reset
  CTRL-E        -- on a blank line, enter paste mode

For further help on a specific object, type help(obj)
";

/// Columns and column width of the `help('modules')` table.
const MODULE_COLUMNS: usize = 4;
const MODULE_WIDTH: usize = 18;

fn b_help(vm: &mut Vm, a: &[Value]) -> PyResult {
    let mut b = Buf::new();
    match a.first() {
        None => {
            b.push_str(WELCOME);
        }
        Some(&v) if crate::objstr::str_bytes(vm, v) == Some(b"modules") => modules(vm, &mut b)?,
        Some(&v) => object(vm, &mut b, v)?,
    }
    if b.oom {
        return Err(vm.memory_error());
    }
    vm.port().stdout(b.as_bytes());
    Ok(Value::NONE)
}

/// `object X is of type T`, then the members.
fn object(vm: &mut Vm, b: &mut Buf, v: Value) -> PyResult<()> {
    b.push_str("object ");
    vm.print_value(b, v, PrintKind::Str)?;
    b.push_str(" is of type ");
    let ty = vm.type_of(v);
    b.push_bytes(vm.qstr_str(ty.name));
    b.push(b'\n');
    if v.is_type(&crate::objmodule::MODULE_TYPE) {
        return members(vm, b, crate::objmodule::module_globals(v));
    }
    let t: &Type = if v.is_type(&crate::objtype::TYPE_TYPE) {
        // SAFETY: checked type object.
        unsafe { &*v.as_ptr::<Type>() }
    } else {
        ty
    };
    if t.locals.is_obj() {
        return members(vm, b, t.locals);
    }
    for m in t.methods {
        member(vm, b, Value::qstr(m.name), m.value)?;
    }
    Ok(())
}

fn members(vm: &mut Vm, b: &mut Buf, dict: Value) -> PyResult<()> {
    let mut i = 0;
    while i < dict_map(dict).filled() {
        if let Some(e) = dict_map(dict).slot(i) {
            member(vm, b, e.key, e.value)?;
        }
        i += 1;
    }
    Ok(())
}

fn member(vm: &mut Vm, b: &mut Buf, k: Value, v: Value) -> PyResult<()> {
    b.push_str("  ");
    vm.print_value(b, k, PrintKind::Str)?;
    b.push_str(" -- ");
    vm.print_value(b, v, PrintKind::Str)?;
    b.push(b'\n');
    Ok(())
}

/// The module table: names sorted, filled column by column.
fn modules(vm: &mut Vm, b: &mut Buf) -> PyResult<()> {
    let mut names: Vec<&[u8], VmManual> = Vec::new_in(VmManual);
    let frozen = vm.frozen.iter().map(|t| t.len()).sum::<usize>();
    let registered = dict_map(vm.builtin_modules).len();
    if names
        .try_reserve(1 + crate::objmodule::BUILTIN_MODULES.len() + registered + frozen)
        .is_err()
    {
        return Err(vm.memory_error());
    }
    names.push(b"__main__");
    for m in crate::objmodule::BUILTIN_MODULES {
        names.push(vm.qstr_str(m.name));
    }
    let reg = vm.builtin_modules;
    let mut i = 0;
    while i < dict_map(reg).filled() {
        if let Some(e) = dict_map(reg).slot(i) {
            if let Some(s) = crate::objstr::str_bytes(vm, e.key) {
                names.push(s);
            }
        }
        i += 1;
    }
    for t in vm.frozen {
        for m in t {
            names.push(m.path.as_bytes());
        }
    }
    names.sort_unstable();
    names.dedup();
    let rows = names.len().div_ceil(MODULE_COLUMNS);
    for r in 0..rows {
        let cols = (0..MODULE_COLUMNS)
            .filter(|c| c * rows + r < names.len())
            .count();
        for c in 0..cols {
            let name = names[c * rows + r];
            b.push_bytes(name);
            if c + 1 < cols {
                for _ in name.len()..MODULE_WIDTH {
                    b.push(b' ');
                }
                if name.len() >= MODULE_WIDTH {
                    b.push(b' ');
                }
            }
        }
        b.push(b'\n');
    }
    b.push_str("Plus any modules on the filesystem\n");
    Ok(())
}

/// `execfile(path[, globals[, locals]])`: runs a source file in the given (or the caller's)
/// namespace, as MicroPython's unix port does.
fn b_execfile(vm: &mut Vm, a: &[Value]) -> PyResult {
    let Some(path) = crate::objstr::str_bytes(vm, a[0]) else {
        return Err(vm.type_error("execfile() expects a path"));
    };
    let (g, l) = crate::compile::namespaces(vm, a)?;
    let mut src = Buf::new();
    crate::vfs::read_all(vm, path, &mut src)?;
    if src.oom {
        return Err(vm.memory_error());
    }
    crate::compile::exec_named(vm, src.as_bytes(), path, g, l)?;
    Ok(Value::NONE)
}

static HELP: BuiltinFn = BuiltinFn::var(0, 1, b_help);
static EXECFILE: BuiltinFn = BuiltinFn::var(1, 3, b_execfile);

/// Adds `help` and `execfile` to the builtins namespace.
pub fn register_builtins(vm: &mut Vm) -> PyResult<()> {
    let d = vm.builtins;
    crate::modutil::fill(
        vm,
        d,
        &[(b"help", HELP.value()), (b"execfile", EXECFILE.value())],
    )
}
