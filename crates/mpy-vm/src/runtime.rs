//! Generic operations on values: type, truth, hashing, equality, operators, printing.

use crate::buf::Buf;
use crate::error::{Exc, PyResult};
use crate::objexc;
use crate::ops::{self, *};
use crate::types::{PrintKind, Type, flags};
use crate::value::Value;
use crate::vm::Vm;
use crate::{objint, objmisc, objstr};

/// Whether equality with `key` needs no Python code (ints, strings, None/bools, qstrs).
#[inline]
pub fn has_simple_eq(key: Value) -> bool {
    key.is_small_int() || key.is_qstr() || key.is_immediate() || key.is_type(&objstr::STR_TYPE)
}

impl Vm {
    /// The type of any value.
    #[inline]
    pub fn type_of(&self, v: Value) -> &'static Type {
        if v.is_obj() {
            v.obj_type()
        } else if v.is_small_int() {
            &objint::INT_TYPE
        } else if v.is_qstr() {
            &objstr::STR_TYPE
        } else if v == Value::NONE {
            &objmisc::NONE_TYPE
        } else if v == Value::TRUE || v == Value::FALSE {
            &objmisc::BOOL_TYPE
        } else {
            &objmisc::NULL_TYPE
        }
    }

    /// The name of the type of `v`, for messages.
    pub fn type_name(&self, v: Value) -> &'static str {
        core::str::from_utf8(self.qstr_str(self.type_of(v).name)).unwrap_or("?")
    }

    /// Whether type `t` is `base` or derives from it.
    pub fn is_subclass(&self, t: &Type, base: &Type) -> bool {
        if core::ptr::eq(t, base) || core::ptr::eq(base, &crate::objtype::OBJECT_TYPE) {
            return true;
        }
        let mut found = false;
        crate::objtype::walk_mro(t, &mut |c| {
            if core::ptr::eq(c, base) {
                found = true;
                return true;
            }
            false
        });
        found
    }

    /// `isinstance(v, t)` for a single type.
    #[inline]
    pub fn is_instance(&self, v: Value, t: &Type) -> bool {
        self.is_subclass(self.type_of(v), t)
    }

    /// Writes the str/repr of `v` into `buf`.
    pub fn print_value(&mut self, buf: &mut Buf, v: Value, kind: PrintKind) -> PyResult<()> {
        if v.is_small_int() {
            let _ = core::fmt::Write::write_fmt(buf, format_args!("{}", v.small_int_value()));
        } else if v.is_qstr() {
            let s = self.qstr_str(v.qstr_value());
            match kind {
                PrintKind::Str => {
                    buf.push_bytes(s);
                }
                PrintKind::Repr => objstr::write_str_repr(buf, s),
            }
        } else {
            let ty = self.type_of(v);
            match ty.print {
                Some(p) => p(self, buf, v, kind)?,
                // As MicroPython: built-in objects without their own form print as `<type>`.
                None => {
                    let name = self.qstr_str(ty.name);
                    buf.push_str("<");
                    buf.push_bytes(name);
                    buf.push_str(">");
                }
            }
        }
        if buf.oom {
            Err(self.memory_error())
        } else {
            Ok(())
        }
    }

    /// `repr(v)` as a str value.
    pub fn repr(&mut self, v: Value) -> PyResult {
        let mut b = Buf::new();
        self.print_value(&mut b, v, PrintKind::Repr)?;
        objstr::new_str(self, b.as_bytes())
    }

    /// `str(v)` as a str value.
    pub fn str_of(&mut self, v: Value) -> PyResult {
        if objstr::is_str(v) {
            return Ok(v);
        }
        let mut b = Buf::new();
        self.print_value(&mut b, v, PrintKind::Str)?;
        objstr::new_str(self, b.as_bytes())
    }

    /// Truth value.
    #[inline]
    pub fn is_true(&mut self, v: Value) -> PyResult<bool> {
        if v == Value::FALSE || v == Value::NONE {
            return Ok(false);
        }
        if v == Value::TRUE {
            return Ok(true);
        }
        if v.is_small_int() {
            return Ok(v.small_int_value() != 0);
        }
        if v.is_qstr() {
            return Ok(!self.qstr_str(v.qstr_value()).is_empty());
        }
        let ty = self.type_of(v);
        if let Some(u) = ty.unary_op {
            let r = u(self, UNARY_BOOL, v)?;
            if !r.is_null() {
                return Ok(r == Value::TRUE);
            }
            let r = u(self, UNARY_LEN, v)?;
            if !r.is_null() {
                return Ok(r != Value::small_int(0));
            }
        }
        Ok(true)
    }

    /// `hash(v)`.
    pub fn hash(&mut self, v: Value) -> PyResult<usize> {
        if v.is_small_int() {
            return Ok(v.small_int_value() as usize);
        }
        if v.is_qstr() {
            return Ok(crate::qstr::str_hash(self.qstr_str(v.qstr_value())));
        }
        if v == Value::TRUE {
            return Ok(1);
        }
        if v == Value::FALSE {
            return Ok(0);
        }
        let ty = self.type_of(v);
        if core::ptr::eq(ty, &objstr::STR_TYPE) || core::ptr::eq(ty, &objstr::BYTES_TYPE) {
            return Ok(objstr::strlike_hash(self, v));
        }
        if let Some(u) = ty.unary_op {
            let r = u(self, UNARY_HASH, v)?;
            if r.is_small_int() {
                return Ok(r.small_int_value() as usize);
            }
            if !r.is_null() {
                return Ok(objint::hash_int_value(self, r));
            }
            // A type with operators but no hash of its own: identity unless it is mutable.
            if ty.flags & flags::EQ_BY_IDENTITY == 0 && !ty.is_heap() {
                return Err(self.unsupported_type(UNARY_HASH, v));
            }
        }
        Ok(v.bits() >> 3)
    }

    /// `a == b`.
    pub fn eq(&mut self, a: Value, b: Value) -> PyResult<bool> {
        if a == b && !objmisc::is_float(a) {
            return Ok(true);
        }
        if a.is_small_int() && b.is_small_int() || a.is_qstr() && b.is_qstr() {
            return Ok(false);
        }
        if let (Some(x), Some(y)) = (objstr::str_bytes(self, a), objstr::str_bytes(self, b)) {
            return Ok(x == y);
        }
        for (x, y) in [(a, b), (b, a)] {
            if let Some(f) = self.type_of(x).binary_op {
                let r = f(self, EQUAL, x, y)?;
                if !r.is_null() {
                    return self.is_true(r);
                }
            }
        }
        Ok(false)
    }

    #[cold]
    pub(crate) fn unsupported_types(&mut self, op: u8, a: Value, b: Value) -> Exc {
        let name = ops::binary_dunder(ops::non_inplace(op)).map_or(&b"?"[..], |q| self.qstr_str(q));
        let (ta, tb) = (self.type_name(a), self.type_name(b));
        self.type_error_fmt(format_args!(
            "unsupported types for {}: '{ta}', '{tb}'",
            core::str::from_utf8(name).unwrap_or("?")
        ))
    }

    #[cold]
    pub(crate) fn unsupported_type(&mut self, op: u8, a: Value) -> Exc {
        if op == UNARY_LEN {
            let t = self.type_name(a);
            return self.type_error_fmt(format_args!("object of type '{t}' has no len()"));
        }
        let name = ops::unary_dunder(op).map_or(&b"?"[..], |q| self.qstr_str(q));
        let t = self.type_name(a);
        self.type_error_fmt(format_args!(
            "unsupported type for {}: '{t}'",
            core::str::from_utf8(name).unwrap_or("?")
        ))
    }

    /// A unary operator (bytecode and runtime-only numbers).
    pub fn unary_op(&mut self, op: u8, a: Value) -> PyResult {
        if op == UNARY_NOT {
            return Ok(Value::bool(!self.is_true(a)?));
        }
        if a.is_small_int() {
            return objint::small_unary_op(self, op, a);
        }
        if op == UNARY_BOOL {
            return Ok(Value::bool(self.is_true(a)?));
        }
        if op == UNARY_HASH {
            let h = self.hash(a)? as isize;
            return crate::objint::from_i64(self, h as i64);
        }
        let ty = self.type_of(a);
        if let Some(f) = ty.unary_op {
            let r = f(self, op, a)?;
            if !r.is_null() {
                return Ok(r);
            }
        }
        Err(self.unsupported_type(op, a))
    }

    /// `len(v)` as a Rust number.
    pub fn len(&mut self, v: Value) -> PyResult<usize> {
        let r = self.unary_op(UNARY_LEN, v)?;
        Ok(r.small_int_value() as usize)
    }

    /// A binary operator (bytecode and runtime-only numbers).
    pub fn binary_op(&mut self, op: u8, a: Value, b: Value) -> PyResult {
        if a.is_small_int() && b.is_small_int() {
            if let Some(r) = objint::small_binary_op(self, op, a, b)? {
                return Ok(r);
            }
        }
        match op {
            IS => return Ok(Value::bool(a == b)),
            EQUAL => return Ok(Value::bool(self.eq(a, b)?)),
            NOT_EQUAL => return Ok(Value::bool(!self.eq(a, b)?)),
            IN => return self.contains(b, a).map(Value::bool),
            EXCEPTION_MATCH => return Ok(Value::bool(self.exception_match(a, b)?)),
            _ => {}
        }
        if let Some(f) = self.type_of(a).binary_op {
            let r = f(self, op, a, b)?;
            if !r.is_null() {
                return Ok(r);
            }
        }
        let plain = ops::non_inplace(op);
        if plain != op {
            return self.binary_op(plain, a, b);
        }
        // Reflected forms: comparisons swap, arithmetic uses the reverse operator.
        let reflected = match op {
            LESS => Some(MORE),
            MORE => Some(LESS),
            LESS_EQUAL => Some(MORE_EQUAL),
            MORE_EQUAL => Some(LESS_EQUAL),
            OR..=POWER => Some(op - OR + REVERSE_OR),
            _ => None,
        };
        if let Some(rop) = reflected {
            if let Some(f) = self.type_of(b).binary_op {
                let r = f(self, rop, b, a)?;
                if !r.is_null() {
                    return Ok(r);
                }
            }
        }
        Err(self.unsupported_types(op, a, b))
    }

    /// `item in container`.
    pub fn contains(&mut self, container: Value, item: Value) -> PyResult<bool> {
        if let Some(f) = self.type_of(container).binary_op {
            let r = f(self, CONTAINS, container, item)?;
            if !r.is_null() {
                return self.is_true(r);
            }
        }
        let it = self.get_iter(container)?;
        while let Some(x) = self.iter_next(it)? {
            if x == item || self.eq(x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// `except T:` matching: `t` is an exception class or a tuple of them.
    pub fn exception_match(&mut self, exc: Value, t: Value) -> PyResult<bool> {
        let exc_ty = if exc.is_type(&crate::objtype::TYPE_TYPE) {
            // SAFETY: checked type object.
            unsafe { &*exc.as_ptr::<Type>() }
        } else {
            self.type_of(exc)
        };
        if t.is_type(&crate::objtuple::TUPLE_TYPE) {
            for &x in crate::objtuple::tuple_items(t) {
                if self.exception_match(exc, x)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        if !objexc::is_exception_type(t) {
            return Err(self.type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            ));
        }
        // SAFETY: checked type object.
        Ok(self.is_subclass(exc_ty, unsafe { &*t.as_ptr::<Type>() }))
    }

    /// `iter(v)`.
    pub fn get_iter(&mut self, v: Value) -> PyResult {
        let ty = self.type_of(v);
        if ty.flags & flags::ITER_IS_SELF != 0 {
            return Ok(v);
        }
        if let Some(f) = ty.getiter {
            return f(self, v);
        }
        if ty.iternext.is_some() {
            return Ok(v);
        }
        // Sequences with only __getitem__ iterate by index.
        if ty.subscr.is_some() {
            return crate::objiter::new_getitem_iter(self, v);
        }
        let t = self.type_name(v);
        Err(self.type_error_fmt(format_args!("'{t}' object isn't iterable")))
    }

    /// `next(it)`: `None` when exhausted.
    #[inline]
    pub fn iter_next(&mut self, it: Value) -> PyResult<Option<Value>> {
        let ty = self.type_of(it);
        match ty.iternext {
            Some(f) => match f(self, it) {
                Ok(r) => Ok(if r.is_null() { None } else { Some(r) }),
                // An iterator may also end by raising StopIteration.
                Err(e) if self.is_instance(e.0, &objexc::STOP_ITERATION) => Ok(None),
                Err(e) => Err(e),
            },
            None => {
                let t = self.type_name(it);
                Err(self.type_error_fmt(format_args!("'{t}' object isn't an iterator")))
            }
        }
    }

    /// Subscript: load when `value` is SENTINEL, delete when NULL, else store.
    pub fn subscr(&mut self, base: Value, index: Value, value: Value) -> PyResult {
        let ty = self.type_of(base);
        if let Some(f) = ty.subscr {
            let r = f(self, base, index, value)?;
            if !r.is_null() {
                return Ok(r);
            }
        }
        let t = self.type_name(base);
        let what = if value == Value::SENTINEL {
            "isn't subscriptable"
        } else if value.is_null() {
            "doesn't support item deletion"
        } else {
            "doesn't support item assignment"
        };
        Err(self.type_error_fmt(format_args!("'{t}' object {what}")))
    }

    /// Collects an iterable into a Rust-side list of values (a heap list).
    pub fn iterable_to_list(&mut self, v: Value) -> PyResult {
        crate::objlist::list_from_iter(self, v)
    }
}
