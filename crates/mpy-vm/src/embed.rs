//! The embedding API: run code, exchange values with typed conversions, call Python from
//! Rust, and add Rust functions and modules.
//!
//! Python values held by Rust are [`Handle`]s: they keep the object alive (they are roots of
//! the collector) until dropped.

use alloc::string::String;
use alloc::vec::Vec;

use crate::error::PyResult;
use crate::objdict::dict_map;
use crate::objfun::{BuiltinFn, BuiltinKind};
use crate::value::Value;
use crate::vm::{Interpreter, PyError, Vm};
use crate::{objlist, objstr};

/// A function written in Rust, callable from Python with positional arguments.
pub type RustFn = fn(&mut Vm, &[Value]) -> PyResult;

/// A Python object held by Rust code (a GC root until dropped).
pub struct Handle<'i, 'r, 'p> {
    interp: &'i Interpreter<'r, 'p>,
    slot: usize,
}

/// Converts a Rust value to a Python one.
pub trait ToPy {
    /// Makes the Python value.
    fn to_py(&self, vm: &mut Vm) -> PyResult;
}

/// Converts a Python value to a Rust one (raising `TypeError` if it has the wrong type).
pub trait FromPy: Sized {
    /// Reads the Python value.
    fn from_py(vm: &mut Vm, v: Value) -> PyResult<Self>;
}

impl ToPy for i64 {
    fn to_py(&self, vm: &mut Vm) -> PyResult {
        crate::objint::from_i64(vm, *self)
    }
}

impl ToPy for i32 {
    fn to_py(&self, vm: &mut Vm) -> PyResult {
        crate::objint::from_i64(vm, i64::from(*self))
    }
}

impl ToPy for u32 {
    fn to_py(&self, vm: &mut Vm) -> PyResult {
        crate::objint::from_i64(vm, i64::from(*self))
    }
}

impl ToPy for f64 {
    fn to_py(&self, vm: &mut Vm) -> PyResult {
        crate::objfloat::new_float(vm, *self)
    }
}

impl ToPy for bool {
    fn to_py(&self, _vm: &mut Vm) -> PyResult {
        Ok(Value::bool(*self))
    }
}

impl ToPy for str {
    fn to_py(&self, vm: &mut Vm) -> PyResult {
        objstr::new_str(vm, self.as_bytes())
    }
}

impl ToPy for &str {
    fn to_py(&self, vm: &mut Vm) -> PyResult {
        objstr::new_str(vm, self.as_bytes())
    }
}

impl ToPy for String {
    fn to_py(&self, vm: &mut Vm) -> PyResult {
        objstr::new_str(vm, self.as_bytes())
    }
}

impl ToPy for [u8] {
    fn to_py(&self, vm: &mut Vm) -> PyResult {
        objstr::new_bytes(vm, self)
    }
}

impl ToPy for () {
    fn to_py(&self, _vm: &mut Vm) -> PyResult {
        Ok(Value::NONE)
    }
}

impl<T: ToPy> ToPy for [T] {
    fn to_py(&self, vm: &mut Vm) -> PyResult {
        let l = objlist::new_list(vm, &[])?;
        for x in self {
            let v = x.to_py(vm)?;
            objlist::list_append(vm, l, v)?;
        }
        Ok(l)
    }
}

impl<T: ToPy> ToPy for Vec<T> {
    fn to_py(&self, vm: &mut Vm) -> PyResult {
        self.as_slice().to_py(vm)
    }
}

impl ToPy for Handle<'_, '_, '_> {
    fn to_py(&self, _vm: &mut Vm) -> PyResult {
        Ok(self.value())
    }
}

impl FromPy for i64 {
    fn from_py(vm: &mut Vm, v: Value) -> PyResult<Self> {
        crate::objint::to_i64(v).ok_or_else(|| vm.type_error("expected an int that fits 64 bits"))
    }
}

impl FromPy for f64 {
    fn from_py(vm: &mut Vm, v: Value) -> PyResult<Self> {
        crate::objfloat::to_f64(vm, v)?.ok_or_else(|| vm.type_error("expected a number"))
    }
}

impl FromPy for bool {
    fn from_py(vm: &mut Vm, v: Value) -> PyResult<Self> {
        vm.is_true(v)
    }
}

impl FromPy for String {
    fn from_py(vm: &mut Vm, v: Value) -> PyResult<Self> {
        match objstr::str_bytes(vm, v) {
            Some(s) => Ok(String::from_utf8_lossy(s).into_owned()),
            None => Err(vm.type_error("expected a str")),
        }
    }
}

impl FromPy for Vec<u8> {
    fn from_py(vm: &mut Vm, v: Value) -> PyResult<Self> {
        match crate::objarray::buffer_bytes(v) {
            Some(b) => Ok(b.to_vec()),
            None => Err(vm.type_error("expected bytes")),
        }
    }
}

impl<T: FromPy> FromPy for Vec<T> {
    fn from_py(vm: &mut Vm, v: Value) -> PyResult<Self> {
        let l = objlist::list_from_iter(vm, v)?;
        let n = objlist::list_items(l).len();
        let mut out = Vec::with_capacity(n);
        for i in 0..n {
            let x = objlist::list_items(l)[i];
            out.push(T::from_py(vm, x)?);
        }
        Ok(out)
    }
}

impl<'r, 'p> Interpreter<'r, 'p> {
    /// Runs `f` with the VM, as the current interpreter of this thread.
    pub fn with_vm<T>(&self, f: impl FnOnce(&mut Vm) -> T) -> T {
        let _g = self.enter();
        // SAFETY: entered; the closure gets the only borrow.
        f(unsafe { self.vm() })
    }

    fn run<T>(&self, f: impl FnOnce(&mut Vm) -> PyResult<T>) -> Result<T, PyError> {
        self.with_vm(|vm| f(vm).map_err(|e| vm.py_error(e)))
    }

    /// The `__main__` module's globals, created on first use.
    fn main_globals(vm: &mut Vm) -> PyResult {
        let q = vm.intern(b"__main__")?;
        let modules = vm.modules;
        if let Some(m) = dict_map(modules).get_qstr(vm, q) {
            return Ok(crate::objmodule::module_globals(m));
        }
        let m = crate::objmodule::new_module(vm, q)?;
        dict_map(modules).set_qstr(vm, q, m)?;
        Ok(crate::objmodule::module_globals(m))
    }

    /// Runs Python source in the `__main__` namespace (kept between calls).
    pub fn exec(&self, src: &str) -> Result<(), PyError> {
        self.run(|vm| {
            let g = Self::main_globals(vm)?;
            crate::compile::exec_in(vm, src.as_bytes(), g, g).map(|_| ())
        })
    }

    /// Evaluates an expression in the `__main__` namespace.
    pub fn eval(&self, expr: &str) -> Result<Handle<'_, 'r, 'p>, PyError> {
        let v = self.run(|vm| {
            let g = Self::main_globals(vm)?;
            crate::compile::eval_src(vm, expr.as_bytes(), g, g)
        })?;
        self.hold(v)
    }

    /// Runs a `.mpy` image that lives forever (flash, `include_bytes!`) in place, as module
    /// `name`.
    pub fn exec_mpy_static(&self, name: &str, image: &'static [u8]) -> Result<(), PyError> {
        self.run(|vm| {
            let q = vm.intern(name.as_bytes())?;
            crate::load::exec_image(vm, image, q).map(|_| ())
        })
    }

    /// Keeps `v` alive as a [`Handle`].
    pub fn hold(&self, v: Value) -> Result<Handle<'_, 'r, 'p>, PyError> {
        let slot = self.run(|vm| {
            let l = vm.handles;
            if let Some(i) = objlist::list_items(l).iter().position(|x| x.is_null()) {
                // SAFETY: a slot of the live handle list.
                unsafe { *(*objlist::list_ptr(l)).items.add(i) = v };
                return Ok(i);
            }
            objlist::list_append(vm, l, v)?;
            Ok(objlist::list_items(l).len() - 1)
        })?;
        Ok(Handle { interp: self, slot })
    }

    /// A global of `__main__`, if defined.
    pub fn global(&self, name: &str) -> Result<Option<Handle<'_, 'r, 'p>>, PyError> {
        let v = self.run(|vm| {
            let g = Self::main_globals(vm)?;
            let q = vm.intern(name.as_bytes())?;
            Ok(dict_map(g).get_qstr(vm, q))
        })?;
        match v {
            Some(v) => self.hold(v).map(Some),
            None => Ok(None),
        }
    }

    /// Sets a global of `__main__`.
    pub fn set_global(&self, name: &str, value: &dyn ToPy) -> Result<(), PyError> {
        self.run(|vm| {
            let g = Self::main_globals(vm)?;
            let q = vm.intern(name.as_bytes())?;
            let v = value.to_py(vm)?;
            dict_map(g).set_qstr(vm, q, v)
        })
    }

    /// Adds a built-in function `name` (visible in every module).
    pub fn register_function(&self, name: &str, f: RustFn) -> Result<(), PyError> {
        self.run(|vm| {
            let fv = new_rust_fn(vm, f)?;
            let q = vm.intern(name.as_bytes())?;
            let b = vm.builtins;
            dict_map(b).set_qstr(vm, q, fv)
        })
    }

    /// Adds a module `name` made of Rust functions, importable from Python.
    pub fn register_module(&self, name: &str, functions: &[(&str, RustFn)]) -> Result<(), PyError> {
        self.run(|vm| {
            let q = vm.intern(name.as_bytes())?;
            let m = crate::objmodule::new_module(vm, q)?;
            let g = crate::objmodule::module_globals(m);
            for &(fname, f) in functions {
                let fv = new_rust_fn(vm, f)?;
                let fq = vm.intern(fname.as_bytes())?;
                dict_map(g).set_qstr(vm, fq, fv)?;
            }
            let reg = vm.builtin_modules;
            dict_map(reg).set_qstr(vm, q, m)
        })
    }

    /// Adds a module `name` whose namespace `init` fills (with functions, constants, types:
    /// anything [`register_module`](Self::register_module) cannot express), importable from
    /// Python.
    pub fn register_module_with(
        &self,
        name: &str,
        init: fn(&mut Vm, Value) -> PyResult<()>,
    ) -> Result<(), PyError> {
        self.run(|vm| register_module_in(vm, name.as_bytes(), init))
    }

    /// Limits each later run to about `polls * 256` backward jumps (`None`: unlimited); a run
    /// over the budget raises `RuntimeError`, so a firmware main loop stays responsive.
    pub fn set_instruction_budget(&self, polls: Option<u64>) {
        self.with_vm(|vm| vm.set_budget(polls));
    }

    /// Bytes of heap in use and free (as `gc.mem_alloc()` / `gc.mem_free()`).
    pub fn heap_usage(&self) -> (usize, usize) {
        self.with_vm(|vm| (vm.heap.mem_alloc(), vm.heap.mem_free()))
    }
}

/// Adds a module `name` whose namespace `init` fills to the built-in modules of `vm` (for ports
/// that hold the VM directly; see [`Interpreter::register_module_with`]).
pub fn register_module_in(
    vm: &mut Vm,
    name: &[u8],
    init: fn(&mut Vm, Value) -> PyResult<()>,
) -> PyResult<()> {
    let q = vm.intern(name)?;
    let m = crate::objmodule::new_module(vm, q)?;
    init(vm, crate::objmodule::module_globals(m))?;
    let reg = vm.builtin_modules;
    dict_map(reg).set_qstr(vm, q, m)
}

/// A heap-allocated built-in function object for `f`.
pub fn new_rust_fn(vm: &mut Vm, f: RustFn) -> PyResult {
    vm.new_obj(BuiltinFn {
        base: crate::obj::ObjHeader::new(&crate::objfun::BUILTIN_FUNCTION_TYPE),
        kind: BuiltinKind::Var(0, usize::MAX, f),
    })
}

impl<'r, 'p> Handle<'_, 'r, 'p> {
    /// The value (valid while the handle lives).
    pub fn value(&self) -> Value {
        self.interp
            .with_vm(|vm| objlist::list_items(vm.handles)[self.slot])
    }

    /// Converts to a Rust value.
    pub fn extract<T: FromPy>(&self) -> Result<T, PyError> {
        let v = self.value();
        self.interp.run(|vm| T::from_py(vm, v))
    }

    /// Calls the object with positional arguments.
    pub fn call(&self, args: &[&dyn ToPy]) -> Result<Handle<'_, 'r, 'p>, PyError> {
        let f = self.value();
        let r = self.interp.run(|vm| {
            let l = objlist::new_list(vm, &[])?;
            for a in args {
                let v = a.to_py(vm)?;
                objlist::list_append(vm, l, v)?;
            }
            vm.call(f, objlist::list_items(l), &[])
        })?;
        self.interp.hold(r)
    }

    /// An attribute of the object.
    pub fn getattr(&self, name: &str) -> Result<Handle<'_, 'r, 'p>, PyError> {
        let o = self.value();
        let r = self.interp.run(|vm| {
            let q = vm.intern(name.as_bytes())?;
            vm.load_attr(o, q)
        })?;
        self.interp.hold(r)
    }

    /// `str(obj)`.
    pub fn to_string_lossy(&self) -> Result<String, PyError> {
        let o = self.value();
        self.interp.run(|vm| {
            let s = vm.str_of(o)?;
            String::from_py(vm, s)
        })
    }
}

impl Drop for Handle<'_, '_, '_> {
    fn drop(&mut self) {
        let slot = self.slot;
        self.interp.with_vm(|vm| {
            let l = vm.handles;
            if slot < objlist::list_items(l).len() {
                // SAFETY: a slot of the live handle list.
                unsafe { *(*objlist::list_ptr(l)).items.add(slot) = Value::NULL };
            }
        });
    }
}
