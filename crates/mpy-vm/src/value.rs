//! Tagged machine-word values (MicroPython's representation A).
//!
//! `…1` small int, `…010` qstr, `…110` immediate (None/False/True), `…00` pointer to an object
//! whose first word is its type. `0` is `NULL` ("no object"). The encoding is fixed by the
//! native ABI: machine code creates small ints inline and tests `NULL` against zero.

use core::fmt;
use core::ptr;

use crate::obj::ObjHeader;
use crate::qstr::Qstr;
use crate::types::Type;

/// One Python value in a machine word.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct Value(*const u8);

/// Width in bits of a small int, sign included (63 on 64-bit targets, 31 on 32-bit ones).
pub const SMALL_INT_BITS: u32 = usize::BITS - 1;
/// Smallest small int.
pub const SMALL_INT_MIN: isize = isize::MIN >> 1;
/// Largest small int.
pub const SMALL_INT_MAX: isize = isize::MAX >> 1;

const fn word(w: usize) -> Value {
    Value(ptr::without_provenance(w))
}

impl Value {
    /// "No object": empty local slots, exhausted iterators, the end of a list of values.
    pub const NULL: Value = word(0);
    /// MicroPython's `MP_OBJ_SENTINEL` (4): "load" in subscript calls, "no value" markers.
    pub const SENTINEL: Value = word(4);
    /// `None`.
    pub const NONE: Value = word(0x06);
    /// `False`.
    pub const FALSE: Value = word(0x0e);
    /// `True`.
    pub const TRUE: Value = word(0x1e);

    /// The raw word.
    #[inline(always)]
    pub fn bits(self) -> usize {
        self.0.addr()
    }

    /// A value from a raw word (e.g. one handed over by machine code).
    #[inline(always)]
    pub const fn from_bits(w: usize) -> Value {
        word(w)
    }

    /// A pointer to an object with a type header.
    #[inline(always)]
    pub const fn from_ptr<T>(p: *const T) -> Value {
        Value(p.cast())
    }

    /// A value for a static object.
    #[inline(always)]
    pub const fn from_static<T>(r: &'static T) -> Value {
        Value(ptr::from_ref(r).cast())
    }

    /// `True` or `False`.
    #[inline(always)]
    pub fn bool(b: bool) -> Value {
        if b { Value::TRUE } else { Value::FALSE }
    }

    /// Whether this is `NULL`.
    #[inline(always)]
    pub fn is_null(self) -> bool {
        self.bits() == 0
    }

    /// Whether this is a small int.
    #[inline(always)]
    pub fn is_small_int(self) -> bool {
        self.bits() & 1 == 1
    }

    /// A small int; `n` must be within `SMALL_INT_MIN..=SMALL_INT_MAX`.
    #[inline(always)]
    pub const fn small_int(n: isize) -> Value {
        word(((n << 1) | 1) as usize)
    }

    /// A small int if `n` fits.
    #[inline(always)]
    pub fn try_small_int(n: i64) -> Option<Value> {
        let n = isize::try_from(n).ok()?;
        ((n << 1) >> 1 == n).then(|| Value::small_int(n))
    }

    /// Whether `n` fits in a small int.
    #[inline(always)]
    pub fn fits_small_int(n: isize) -> bool {
        (n << 1) >> 1 == n
    }

    /// The value of a small int (only meaningful if [`Value::is_small_int`]).
    #[inline(always)]
    pub fn small_int_value(self) -> isize {
        (self.bits() as isize) >> 1
    }

    /// Whether this is a qstr (interned string).
    #[inline(always)]
    pub fn is_qstr(self) -> bool {
        self.bits() & 7 == 2
    }

    /// The interned string `q`.
    #[inline(always)]
    pub const fn qstr(q: Qstr) -> Value {
        word(((q.0 as usize) << 3) | 2)
    }

    /// The qstr of a qstr value (only meaningful if [`Value::is_qstr`]).
    #[inline(always)]
    pub fn qstr_value(self) -> Qstr {
        Qstr((self.bits() >> 3) as u16)
    }

    /// Whether this is an immediate (None, False, True).
    #[inline(always)]
    pub fn is_immediate(self) -> bool {
        self.bits() & 7 == 6
    }

    /// Whether this points to an object (and is not `NULL` or the sentinel).
    #[inline(always)]
    pub fn is_obj(self) -> bool {
        self.bits() & 3 == 0 && self.bits() > 4
    }

    /// The object header this value points to (only if [`Value::is_obj`]).
    #[inline(always)]
    pub fn header(self) -> *mut ObjHeader {
        self.0.cast_mut().cast()
    }

    /// The object this value points to, as `T` (only if [`Value::is_obj`] and of that type).
    #[inline(always)]
    pub fn as_ptr<T>(self) -> *mut T {
        self.0.cast_mut().cast()
    }

    /// The type of an object value (only if [`Value::is_obj`]).
    #[inline(always)]
    pub fn obj_type(self) -> &'static Type {
        // SAFETY: every object starts with its type pointer, and types outlive their objects
        // (static types are 'static; heap types are kept alive by their instances).
        unsafe { &*(*self.header()).ty }
    }

    /// Whether this object value has exactly the type `t`.
    #[inline(always)]
    pub fn is_type(self, t: &Type) -> bool {
        self.is_obj() && ptr::eq(self.obj_type(), t)
    }
}

impl fmt::Debug for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_null() {
            write!(f, "NULL")
        } else if self.is_small_int() {
            write!(f, "int({})", self.small_int_value())
        } else if self.is_qstr() {
            write!(f, "qstr({})", self.qstr_value().0)
        } else if *self == Value::NONE {
            write!(f, "None")
        } else if *self == Value::TRUE {
            write!(f, "True")
        } else if *self == Value::FALSE {
            write!(f, "False")
        } else {
            write!(f, "obj({:#x})", self.bits())
        }
    }
}

// SAFETY: a value is a plain word; reaching the object behind it requires `unsafe` code that
// runs on the interpreter's own thread. Static tables of values (method tables) need `Sync`.
unsafe impl Sync for Value {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodings_fixed_by_the_native_abi() {
        assert_eq!(Value::NONE.bits(), 0x06);
        assert_eq!(Value::FALSE.bits(), 0x0e);
        assert_eq!(Value::TRUE.bits(), 0x1e);
        assert_eq!(Value::small_int(5).bits(), (5 << 1) | 1);
        assert_eq!(Value::small_int(-1).bits(), usize::MAX);
        assert_eq!(Value::qstr(Qstr(7)).bits(), (7 << 3) | 2);
        assert!(Value::NONE.is_immediate() && !Value::NONE.is_obj());
        assert!(!Value::NULL.is_obj() && !Value::SENTINEL.is_obj());
    }

    quickcheck::quickcheck! {
        fn small_ints_round_trip(n: i64) -> bool {
            match Value::try_small_int(n) {
                Some(v) => v.is_small_int() && v.small_int_value() as i64 == n,
                None => n < SMALL_INT_MIN as i64 || n > SMALL_INT_MAX as i64,
            }
        }
    }
}
