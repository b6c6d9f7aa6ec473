//! Attribute access: MicroPython's destination protocol over types' method tables and slots.
//!
//! Loads fill `dest`: `[value, NULL]` for a plain attribute, `[function, self]` for a method
//! (so `LOAD_METHOD` needs no bound-method object). Stores pass `[SENTINEL, value]` (value
//! `NULL` deletes); the slot sets `dest[0] = NULL` when it handled the store.

use crate::error::{Exc, PyResult};
use crate::objexc::ATTRIBUTE_ERROR;
use crate::objtype::{self, TYPE_TYPE};
use crate::qstr::Qstr;
use crate::value::Value;
use crate::vm::Vm;

/// `it.__next__()` of a built-in iterator: the next item, or `StopIteration`.
static NEXT_METHOD: crate::objfun::BuiltinFn = crate::objfun::BuiltinFn::f1(|vm, it| {
    let Some(next) = vm.type_of(it).iternext else {
        return Err(vm.type_error("not an iterator"));
    };
    // The slot itself, so a StopIteration the iterator raises keeps its value.
    match next(vm, it)? {
        v if v.is_null() => Err(vm.exc_empty(&crate::objexc::STOP_ITERATION)),
        v => Ok(v),
    }
});

impl Vm {
    /// Looks up `attr` on `v`, leaving `dest[0]` NULL if it does not exist.
    pub fn load_attr_into(&mut self, v: Value, attr: Qstr, dest: &mut [Value; 2]) -> PyResult<()> {
        let ty = self.type_of(v);
        if ty.is_heap() || v.is_type(&TYPE_TYPE) {
            // Classes and their instances have their own full lookup.
            if let Some(f) = ty.attr {
                return f(self, v, attr, dest);
            }
        }
        if attr == crate::q!("__class__") {
            dest[0] = ty.as_value();
            return Ok(());
        }
        if let Some((m, _)) = objtype::lookup(self, ty, attr) {
            objtype::bind_method(self, v, m, dest);
            return Ok(());
        }
        // Every built-in iterator (generators included) has `__next__`, as in MicroPython.
        if attr == crate::q!("__next__") && ty.iternext.is_some() {
            dest[0] = NEXT_METHOD.value();
            dest[1] = v;
            return Ok(());
        }
        let mut t = ty;
        loop {
            if let Some(f) = t.attr {
                f(self, v, attr, dest)?;
                if !dest[0].is_null() {
                    return Ok(());
                }
            }
            if !t.parent.is_type(&TYPE_TYPE) {
                return Ok(());
            }
            // SAFETY: parents of built-in types are static type objects.
            t = unsafe { &*t.parent.as_ptr::<crate::types::Type>() };
        }
    }

    /// `AttributeError` for `v.attr`.
    #[cold]
    pub fn attribute_error(&mut self, v: Value, attr: Qstr) -> Exc {
        let a = core::str::from_utf8(self.qstr_str(attr)).unwrap_or("?");
        if v.is_type(&TYPE_TYPE) {
            // SAFETY: checked type object.
            let n = unsafe { (*v.as_ptr::<crate::types::Type>()).name };
            let n = core::str::from_utf8(self.qstr_str(n)).unwrap_or("?");
            return self.exc_fmt(
                &ATTRIBUTE_ERROR,
                format_args!("type object '{n}' has no attribute '{a}'"),
            );
        }
        let t = self.type_name(v);
        self.exc_fmt(
            &ATTRIBUTE_ERROR,
            format_args!("'{t}' object has no attribute '{a}'"),
        )
    }

    /// `v.attr`.
    pub fn load_attr(&mut self, v: Value, attr: Qstr) -> PyResult {
        let mut dest = [Value::NULL; 2];
        self.load_attr_into(v, attr, &mut dest)?;
        if dest[0].is_null() {
            return Err(self.attribute_error(v, attr));
        }
        if dest[1].is_null() {
            Ok(dest[0])
        } else {
            crate::objfun::new_bound_meth(self, dest[0], dest[1])
        }
    }

    /// `v.attr` for a call: `[function, self]` or `[callable, NULL]`.
    #[inline]
    pub fn load_method(&mut self, v: Value, attr: Qstr, dest: &mut [Value; 2]) -> PyResult<()> {
        self.load_attr_into(v, attr, dest)?;
        if dest[0].is_null() {
            return Err(self.attribute_error(v, attr));
        }
        Ok(())
    }

    /// `v.attr` for a call, or `None` if the attribute does not exist.
    pub fn load_method_opt(&mut self, v: Value, attr: Qstr) -> PyResult<Option<[Value; 2]>> {
        let mut dest = [Value::NULL; 2];
        self.load_attr_into(v, attr, &mut dest)?;
        Ok(if dest[0].is_null() { None } else { Some(dest) })
    }

    /// Calls a method found by [`Vm::load_method_opt`].
    pub fn call_method(&mut self, dest: [Value; 2], args: &[Value], kw: &[Value]) -> PyResult {
        if dest[1].is_null() {
            self.call(dest[0], args, kw)
        } else {
            self.call_with_self(dest[0], dest[1], args, kw)
        }
    }

    /// `v.attr = value`, or `del v.attr` when `value` is NULL.
    pub fn store_attr(&mut self, v: Value, attr: Qstr, value: Value) -> PyResult<()> {
        let ty = self.type_of(v);
        if let Some(f) = ty.attr {
            let mut dest = [Value::SENTINEL, value];
            f(self, v, attr, &mut dest)?;
            if dest[0].is_null() {
                return Ok(());
            }
        }
        if ty.is_heap() || v.is_type(&TYPE_TYPE) {
            return Err(self.attribute_error(v, attr));
        }
        let t = self.type_name(v);
        let a = core::str::from_utf8(self.qstr_str(attr)).unwrap_or("?");
        Err(self.exc_fmt(
            &ATTRIBUTE_ERROR,
            format_args!("'{t}' object has no attribute '{a}'"),
        ))
    }
}
