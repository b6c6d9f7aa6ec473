//! Type objects: the slot table every object's behaviour is looked up in.

use crate::buf::Buf;
use crate::error::PyResult;
use crate::obj::ObjHeader;
use crate::qstr::Qstr;
use crate::value::Value;
use crate::vm::Vm;

/// How an object is being printed.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum PrintKind {
    /// `str()` / `print()`.
    Str,
    /// `repr()`.
    Repr,
}

/// Creates an instance: `(vm, type, positional args, keyword (name, value) pairs flattened)`.
pub type MakeNewFn = fn(&mut Vm, &'static Type, &[Value], &[Value]) -> PyResult;
/// Writes the str/repr of an object.
pub type PrintFn = fn(&mut Vm, &mut Buf, Value, PrintKind) -> PyResult<()>;
/// Calls an object: `(vm, callee, positional args, keyword pairs flattened)`.
pub type CallFn = fn(&mut Vm, Value, &[Value], &[Value]) -> PyResult;
/// A unary operation; returns `NULL` when the type does not support it.
pub type UnaryFn = fn(&mut Vm, u8, Value) -> PyResult;
/// A binary operation with the object on the left; returns `NULL` for "not supported".
pub type BinaryFn = fn(&mut Vm, u8, Value, Value) -> PyResult;
/// Attribute access with MicroPython's destination protocol (see [`crate::attr`]).
pub type AttrFn = fn(&mut Vm, Value, Qstr, &mut [Value; 2]) -> PyResult<()>;
/// Subscript: `value` is `SENTINEL` to load, `NULL` to delete, else the value to store.
pub type SubscrFn = fn(&mut Vm, Value, Value, Value) -> PyResult;
/// Returns an iterator for the object.
pub type GetIterFn = fn(&mut Vm, Value) -> PyResult;
/// Returns the next item, or `NULL` when exhausted.
pub type IterNextFn = fn(&mut Vm, Value) -> PyResult;
/// Exposes the object's bytes: `(data pointer, length, typecode, writable)`.
pub type BufferFn = fn(&mut Vm, Value, bool) -> Option<BufferInfo>;
/// Stream control (the stream protocol's `ioctl`): `(vm, stream, request, argument)` returns
/// the request's result; requests are numbered as MicroPython's (see [`crate::modselect::ioctl`]).
pub type IoctlFn = fn(&mut Vm, Value, usize, usize) -> PyResult<isize>;

/// A raw view of an object's memory (the buffer protocol).
#[derive(Clone, Copy, Debug)]
pub struct BufferInfo {
    /// Start of the data.
    pub ptr: *mut u8,
    /// Length in bytes.
    pub len: usize,
    /// `array`-style typecode of the items (`b'B'` for bytes).
    pub typecode: u8,
}

/// A named entry of a built-in type's method table.
#[derive(Clone, Copy)]
pub struct Attr {
    /// The attribute name.
    pub name: Qstr,
    /// The value: a built-in function, classmethod/staticmethod wrapper, or constant.
    pub value: Value,
}

impl Attr {
    /// A table entry.
    pub const fn new(name: Qstr, value: Value) -> Attr {
        Attr { name, value }
    }
}

/// Type flags.
pub mod flags {
    /// A class defined in Python (allocated on the heap, has a `locals` dict and an MRO).
    pub const HEAP: u16 = 1;
    /// May be used as a base class.
    pub const BASETYPE: u16 = 2;
    /// Calling `iter()` on an object of this type returns the object itself.
    pub const ITER_IS_SELF: u16 = 4;
    /// Instances compare equal only by identity unless `binary_op` says otherwise.
    pub const EQ_BY_IDENTITY: u16 = 8;
    /// Instances are exceptions (the type derives from `BaseException`).
    pub const EXCEPTION: u16 = 16;
    /// Instances of this (heap) type define special methods that must be looked up.
    pub const HAS_SPECIAL: u16 = 32;
    /// A class whose own dict holds a property, a data descriptor, `__setattr__` or
    /// `__delattr__`: its instances' attributes cannot simply live in the instance dict.
    pub const ACCESSORS: u16 = 64;
}

/// A type object. Static for built-in types; heap-allocated for classes.
#[repr(C)]
pub struct Type {
    /// Header: the type of a type is `type`.
    pub base: ObjHeader,
    /// The type's name.
    pub name: Qstr,
    /// [`flags`] bits.
    pub flags: u16,
    /// Constructor (`type(...)`).
    pub make_new: Option<MakeNewFn>,
    /// str/repr.
    pub print: Option<PrintFn>,
    /// Call.
    pub call: Option<CallFn>,
    /// Unary operators.
    pub unary_op: Option<UnaryFn>,
    /// Binary operators.
    pub binary_op: Option<BinaryFn>,
    /// Attribute load/store beyond the method table.
    pub attr: Option<AttrFn>,
    /// Subscript.
    pub subscr: Option<SubscrFn>,
    /// `iter()`.
    pub getiter: Option<GetIterFn>,
    /// `next()`.
    pub iternext: Option<IterNextFn>,
    /// Buffer protocol.
    pub buffer: Option<BufferFn>,
    /// Stream control, for streams `select.poll` can wait on.
    pub ioctl: Option<IoctlFn>,
    /// Methods and class attributes of a built-in type.
    pub methods: &'static [Attr],
    /// Base: `NULL`, a type, or (for classes) a tuple of types.
    pub parent: Value,
    /// Class namespace (a dict) of a heap type, else `NULL`.
    pub locals: Value,
    /// Method resolution order of a heap type (a tuple of types, itself first), else `NULL`.
    pub mro: Value,
}

// SAFETY: static types are immutable; heap types belong to one single-threaded interpreter.
unsafe impl Sync for Type {}

impl Type {
    /// A built-in type named `name` with no behaviour yet (fill slots with struct update).
    pub const fn new(name: Qstr) -> Type {
        Type {
            base: ObjHeader::new(&crate::objtype::TYPE_TYPE),
            name,
            flags: 0,
            make_new: None,
            print: None,
            call: None,
            unary_op: None,
            binary_op: None,
            attr: None,
            subscr: None,
            getiter: None,
            iternext: None,
            buffer: None,
            ioctl: None,
            methods: &[],
            parent: Value::NULL,
            locals: Value::NULL,
            mro: Value::NULL,
        }
    }

    /// Whether this is a class defined in Python.
    #[inline]
    pub fn is_heap(&self) -> bool {
        self.flags & flags::HEAP != 0
    }

    /// This type as a value.
    #[inline]
    pub fn as_value(&'static self) -> Value {
        Value::from_static(self)
    }
}
