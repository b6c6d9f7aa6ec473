//! Module objects and the registry of built-in modules.

use crate::buf::Buf;
use crate::error::PyResult;
use crate::obj::ObjHeader;
use crate::objdict::{self, dict_map};
use crate::q;
use crate::qstr::Qstr;
use crate::types::{PrintKind, Type};
use crate::value::Value;
use crate::vm::Vm;

/// A module: a namespace dict.
#[repr(C)]
pub struct ModuleObj {
    /// Header.
    pub base: ObjHeader,
    /// The module's globals.
    pub globals: Value,
}

/// The module type.
pub static MODULE_TYPE: Type = Type {
    print: Some(module_print),
    attr: Some(module_attr),
    ..Type::new(q!("module"))
};

/// The globals dict of a module value.
#[inline]
pub fn module_globals(m: Value) -> Value {
    // SAFETY: callers check the module type.
    unsafe { (*m.as_ptr::<ModuleObj>()).globals }
}

/// A new module named `name` with an empty namespace (holding `__name__`).
pub fn new_module(vm: &mut Vm, name: Qstr) -> PyResult {
    let g = objdict::new_dict(vm, 0)?;
    dict_map(g).set_qstr(vm, q!("__name__"), Value::qstr(name))?;
    vm.new_obj(ModuleObj {
        base: ObjHeader::new(&MODULE_TYPE),
        globals: g,
    })
}

fn module_print(vm: &mut Vm, buf: &mut Buf, m: Value, _kind: PrintKind) -> PyResult<()> {
    let g = module_globals(m);
    let name = dict_map(g)
        .get_qstr(vm, q!("__name__"))
        .unwrap_or(Value::NONE);
    buf.push_str("<module '");
    vm.print_value(buf, name, PrintKind::Str)?;
    buf.push_str("'>");
    Ok(())
}

fn module_attr(vm: &mut Vm, m: Value, attr: Qstr, dest: &mut [Value; 2]) -> PyResult<()> {
    let g = module_globals(m);
    if dest[0].is_null() {
        if attr == q!("__dict__") {
            dest[0] = g;
        } else if let Some(v) = dict_map(g).get_qstr(vm, attr) {
            dest[0] = v;
        }
        return Ok(());
    }
    if dest[1].is_null() {
        dict_map(g).remove(vm, Value::qstr(attr))?;
    } else {
        dict_map(g).set_qstr(vm, attr, dest[1])?;
    }
    dest[0] = Value::NULL;
    Ok(())
}

/// A built-in module: its name and a function filling its namespace.
pub struct BuiltinModule {
    /// The import name.
    pub name: Qstr,
    /// Adds the module's members to its globals dict.
    pub init: fn(&mut Vm, Value) -> PyResult<()>,
}

/// Every built-in module, with MicroPython's `u`-prefixed aliases resolved by the importer.
pub static BUILTIN_MODULES: &[BuiltinModule] = &[
    BuiltinModule {
        name: q!("sys"),
        init: crate::modsys::init,
    },
    BuiltinModule {
        name: q!("micropython"),
        init: crate::modsys::init_micropython,
    },
    BuiltinModule {
        name: q!("gc"),
        init: crate::modsys::init_gc,
    },
    BuiltinModule {
        name: q!("builtins"),
        init: crate::modsys::init_builtins_module,
    },
    BuiltinModule {
        name: q!("os"),
        init: crate::modos::init,
    },
    BuiltinModule {
        name: q!("vfs"),
        init: crate::modos::init_vfs,
    },
    BuiltinModule {
        name: q!("math"),
        init: crate::modmath::init,
    },
    BuiltinModule {
        name: q!("cmath"),
        init: crate::modcmath::init,
    },
    BuiltinModule {
        name: q!("struct"),
        init: crate::modstruct::init,
    },
    BuiltinModule {
        name: q!("array"),
        init: crate::modarray::init,
    },
    BuiltinModule {
        name: q!("collections"),
        init: crate::modcollections::init,
    },
    BuiltinModule {
        name: q!("json"),
        init: crate::modjson::init,
    },
    BuiltinModule {
        name: q!("binascii"),
        init: crate::modbinascii::init,
    },
    BuiltinModule {
        name: q!("hashlib"),
        init: crate::modhashlib::init,
    },
    BuiltinModule {
        name: q!("heapq"),
        init: crate::modheapq::init,
    },
    BuiltinModule {
        name: q!("random"),
        init: crate::modrandom::init,
    },
    BuiltinModule {
        name: q!("time"),
        init: crate::modtime::init,
    },
    BuiltinModule {
        name: q!("errno"),
        init: crate::moderrno::init,
    },
    BuiltinModule {
        name: q!("io"),
        init: crate::modio::init,
    },
    BuiltinModule {
        name: q!("re"),
        init: crate::modre::init,
    },
    BuiltinModule {
        name: q!("select"),
        init: crate::modselect::init,
    },
];

/// The built-in module `name`, created on first use.
pub fn builtin_module(vm: &mut Vm, name: Qstr) -> PyResult<Option<Value>> {
    if let Some(m) = dict_map(vm.builtin_modules).get_qstr(vm, name) {
        return Ok(Some(m));
    }
    let Some(def) = BUILTIN_MODULES.iter().find(|m| m.name == name) else {
        return Ok(None);
    };
    let m = new_module(vm, name)?;
    (def.init)(vm, module_globals(m))?;
    let registry = vm.builtin_modules;
    dict_map(registry).set_qstr(vm, name, m)?;
    Ok(Some(m))
}
