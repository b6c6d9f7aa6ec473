//! Exception types, exception objects and tracebacks.

use core::fmt::Write;
use core::mem::size_of;

use crate::buf::Buf;
use crate::error::{Exc, PyResult};
use crate::obj::ObjHeader;
use crate::q;
use crate::qstr::Qstr;
use crate::types::{Attr, PrintKind, Type, flags};
use crate::value::Value;
use crate::vm::Vm;

/// An exception instance of a built-in exception type.
#[repr(C)]
pub struct ExcObj {
    /// Header.
    pub base: ObjHeader,
    /// The `args` tuple.
    pub args: Value,
    /// Traceback entries: (file qstr, line, function qstr) triples, innermost last.
    pub tb: *mut usize,
    /// Words used in `tb`.
    pub tb_len: usize,
    /// Words allocated in `tb`.
    pub tb_cap: usize,
    /// A `StopIteration`'s value / `SystemExit` code cache (else NULL).
    pub value: Value,
}

macro_rules! exc_types {
    ($($name:ident $q:literal $parent:expr;)*) => {
        $(
            #[doc = concat!("The `", $q, "` exception type.")]
            pub static $name: Type = Type {
                flags: flags::BASETYPE | flags::EXCEPTION,
                make_new: Some(exc_make_new),
                print: Some(exc_print),
                attr: Some(exc_attr),
                methods: EXC_METHODS,
                parent: $parent,
                ..Type::new(q!($q))
            };
        )*
        /// Every built-in exception type (for the builtins namespace).
        pub static ALL_EXCEPTIONS: &[&Type] = &[$(&$name,)*];
    };
}

const fn p(t: &'static Type) -> Value {
    Value::from_static(t)
}

exc_types! {
    BASE_EXCEPTION "BaseException" Value::NULL;
    SYSTEM_EXIT "SystemExit" p(&BASE_EXCEPTION);
    KEYBOARD_INTERRUPT "KeyboardInterrupt" p(&BASE_EXCEPTION);
    GENERATOR_EXIT "GeneratorExit" p(&BASE_EXCEPTION);
    EXCEPTION "Exception" p(&BASE_EXCEPTION);
    STOP_ITERATION "StopIteration" p(&EXCEPTION);
    STOP_ASYNC_ITERATION "StopAsyncIteration" p(&EXCEPTION);
    ARITHMETIC_ERROR "ArithmeticError" p(&EXCEPTION);
    OVERFLOW_ERROR "OverflowError" p(&ARITHMETIC_ERROR);
    ZERO_DIVISION_ERROR "ZeroDivisionError" p(&ARITHMETIC_ERROR);
    ASSERTION_ERROR "AssertionError" p(&EXCEPTION);
    ATTRIBUTE_ERROR "AttributeError" p(&EXCEPTION);
    EOF_ERROR "EOFError" p(&EXCEPTION);
    IMPORT_ERROR "ImportError" p(&EXCEPTION);
    LOOKUP_ERROR "LookupError" p(&EXCEPTION);
    INDEX_ERROR "IndexError" p(&LOOKUP_ERROR);
    KEY_ERROR "KeyError" p(&LOOKUP_ERROR);
    MEMORY_ERROR "MemoryError" p(&EXCEPTION);
    NAME_ERROR "NameError" p(&EXCEPTION);
    OS_ERROR "OSError" p(&EXCEPTION);
    RUNTIME_ERROR "RuntimeError" p(&EXCEPTION);
    NOT_IMPLEMENTED_ERROR "NotImplementedError" p(&RUNTIME_ERROR);
    SYNTAX_ERROR "SyntaxError" p(&EXCEPTION);
    INDENTATION_ERROR "IndentationError" p(&SYNTAX_ERROR);
    TYPE_ERROR "TypeError" p(&EXCEPTION);
    VALUE_ERROR "ValueError" p(&EXCEPTION);
    UNICODE_ERROR "UnicodeError" p(&VALUE_ERROR);
}

static EXC_INIT: crate::objfun::BuiltinFn = crate::objfun::BuiltinFn::var(1, usize::MAX, exc_init);

static EXC_METHODS: &[Attr] = &[Attr::new(q!("__init__"), Value::from_static(&EXC_INIT))];

fn exc_init(vm: &mut Vm, args: &[Value]) -> PyResult {
    let e = native_exc(args[0]).ok_or_else(|| vm.type_error("expected an exception"))?;
    let tuple = crate::objtuple::new_tuple(vm, &args[1..])?;
    // SAFETY: `native_exc` returned a live exception object.
    unsafe { (*e).args = tuple };
    Ok(Value::NONE)
}

/// The built-in exception object of `v`: itself, or the native base of a class instance.
pub fn native_exc(v: Value) -> Option<*mut ExcObj> {
    if !v.is_obj() {
        return None;
    }
    let ty = v.obj_type();
    if ty.flags & flags::EXCEPTION == 0 {
        return None;
    }
    if ty.is_heap() {
        let native = crate::objtype::instance_native(v);
        return native.is_obj().then(|| native.as_ptr::<ExcObj>());
    }
    Some(v.as_ptr::<ExcObj>())
}

/// Whether `v` is an exception instance.
pub fn is_exception(v: Value) -> bool {
    native_exc(v).is_some()
}

/// Whether `t` is an exception type (a subclass of BaseException).
pub fn is_exception_type(v: Value) -> bool {
    v.is_type(&crate::objtype::TYPE_TYPE)
        && unsafe { &*v.as_ptr::<Type>() }.flags & flags::EXCEPTION != 0
}

fn exc_make_new(vm: &mut Vm, ty: &'static Type, args: &[Value], _kw: &[Value]) -> PyResult {
    new_exception_args(vm, ty, args)
}

/// A new exception of the built-in type `ty` with `args`.
pub fn new_exception_args(vm: &mut Vm, ty: &'static Type, args: &[Value]) -> PyResult {
    let tuple = crate::objtuple::new_tuple(vm, args)?;
    vm.new_obj(ExcObj {
        base: ObjHeader::new(ty),
        args: tuple,
        tb: core::ptr::null_mut(),
        tb_len: 0,
        tb_cap: 0,
        value: Value::NULL,
    })
}

/// The `args` of an exception instance (an empty tuple if unavailable).
pub fn exc_args(v: Value) -> Value {
    match native_exc(v) {
        // SAFETY: a live exception object.
        Some(e) => unsafe { (*e).args },
        None => Value::NULL,
    }
}

fn exc_print(vm: &mut Vm, buf: &mut Buf, v: Value, kind: PrintKind) -> PyResult<()> {
    let args = exc_args(v);
    let items = crate::objtuple::tuple_items(args);
    if kind == PrintKind::Repr {
        buf.push_bytes(vm.qstr_str(vm.type_of(v).name));
        if items.len() == 1 {
            buf.push(b'(');
            vm.print_value(buf, items[0], PrintKind::Repr)?;
            buf.push_str(",)");
        } else {
            vm.print_value(buf, args, PrintKind::Repr)?;
        }
    } else if let Some(name) = errno_text(vm, v, items) {
        // MicroPython names known error numbers: `[Errno 2] ENOENT: detail`.
        let _ = write!(buf, "[Errno {}] ", items[0].small_int_value());
        buf.push_bytes(name);
        if let Some(&detail) = items.get(1) {
            buf.push_str(": ");
            vm.print_value(buf, detail, PrintKind::Str)?;
        }
    } else if items.len() == 1 {
        vm.print_value(buf, items[0], PrintKind::Str)?;
    } else if !items.is_empty() {
        vm.print_value(buf, args, PrintKind::Repr)?;
    }
    Ok(())
}

/// The errno name an `OSError`'s `str()` shows: one or two args, the first a known number.
fn errno_text(vm: &Vm, v: Value, items: &[Value]) -> Option<&'static [u8]> {
    if !(1..=2).contains(&items.len()) || !items[0].is_small_int() {
        return None;
    }
    if !vm.is_subclass(vm.type_of(v), &OS_ERROR) {
        return None;
    }
    crate::moderrno::errno_name(items[0].small_int_value())
}

fn exc_attr(vm: &mut Vm, v: Value, attr: Qstr, dest: &mut [Value; 2]) -> PyResult<()> {
    if !dest[0].is_null() {
        return Ok(());
    }
    let Some(e) = native_exc(v) else {
        return Ok(());
    };
    // SAFETY: a live exception object.
    let e = unsafe { &*e };
    if attr == q!("args") {
        dest[0] = e.args;
    } else {
        // The first argument doubles as a named attribute on a few exception types.
        let ty = vm.type_of(v);
        let named = (attr == q!("value") && vm.is_subclass(ty, &STOP_ITERATION))
            || (attr == q!("code") && vm.is_subclass(ty, &SYSTEM_EXIT))
            || (attr == q!("errno") && vm.is_subclass(ty, &OS_ERROR));
        if named {
            let items = crate::objtuple::tuple_items(e.args);
            dest[0] = items.first().copied().unwrap_or(Value::NONE);
        }
    }
    Ok(())
}

/// Adds a traceback entry to `exc` (silently skipped when memory is short).
pub fn add_traceback(vm: &mut Vm, exc: Value, file: Qstr, line: usize, block: Qstr) {
    let Some(e) = native_exc(exc) else { return };
    if exc == vm.memory_error_obj || exc == vm.recursion_error_obj {
        return;
    }
    // SAFETY: a live exception object; its tb block is reached from it.
    unsafe {
        let e = &mut *e;
        if e.tb_len + 3 > e.tb_cap {
            let cap = if e.tb_cap == 0 { 12 } else { e.tb_cap * 2 };
            let Ok(p) = vm.realloc_bytes(e.tb as *mut u8, cap * size_of::<usize>()) else {
                return;
            };
            e.tb = p as *mut usize;
            e.tb_cap = cap;
        }
        let t = e.tb.add(e.tb_len);
        *t = usize::from(file.0);
        *t.add(1) = line;
        *t.add(2) = usize::from(block.0);
        e.tb_len += 3;
    }
}

/// Clears the traceback (when an exception object is raised again from scratch).
pub fn clear_traceback(exc: Value) {
    if let Some(e) = native_exc(exc) {
        // SAFETY: a live exception object.
        unsafe { (*e).tb_len = 0 };
    }
}

/// Writes MicroPython's traceback and exception line for `exc`.
pub fn print_exception(vm: &mut Vm, buf: &mut Buf, exc: Value) {
    if let Some(e) = native_exc(exc) {
        // SAFETY: a live exception object.
        let (tb, n) = unsafe { ((*e).tb, (*e).tb_len) };
        if n > 0 {
            buf.push_str("Traceback (most recent call last):\n");
            // Entries were added innermost first; print outermost first.
            for k in (0..n / 3).rev() {
                // SAFETY: `n` words are initialised.
                let (file, line, block) =
                    unsafe { (*tb.add(3 * k), *tb.add(3 * k + 1), *tb.add(3 * k + 2)) };
                buf.push_str("  File \"");
                buf.push_bytes(vm.qstr_str(Qstr(file as u16)));
                let _ = write!(buf, "\", line {line}");
                // Block 0: an entry of the parser, which names no function.
                if block != 0 {
                    buf.push_str(", in ");
                    buf.push_bytes(vm.qstr_str(Qstr(block as u16)));
                }
                buf.push(b'\n');
            }
        }
    }
    let ty = vm.type_of(exc);
    buf.push_bytes(vm.qstr_str(ty.name));
    // MicroPython prints the separator whenever there are arguments, even an empty message.
    let has_args = !crate::objtuple::tuple_items(exc_args(exc)).is_empty();
    let mut msg = Buf::new();
    if vm.print_value(&mut msg, exc, PrintKind::Str).is_ok() && (has_args || !msg.is_empty()) {
        buf.push_str(": ");
        buf.push_bytes(msg.as_bytes());
    }
    buf.push(b'\n');
}

/// Creates the exception objects that must exist before memory runs out.
pub fn init_preallocated(vm: &mut Vm) -> PyResult<()> {
    let empty = crate::objtuple::new_tuple(vm, &[])?;
    let me = vm.new_obj(ExcObj {
        base: ObjHeader::new(&MEMORY_ERROR),
        args: empty,
        tb: core::ptr::null_mut(),
        tb_len: 0,
        tb_cap: 0,
        value: Value::NULL,
    })?;
    vm.memory_error_obj = me;
    let msg = crate::objstr::new_str(vm, b"maximum recursion depth exceeded")?;
    vm.recursion_error_obj = new_exception_args(vm, &RUNTIME_ERROR, &[msg])?;
    Ok(())
}

impl Vm {
    /// A new exception of type `ty` with a message.
    #[cold]
    pub fn exc_msg(&mut self, ty: &'static Type, msg: &str) -> Exc {
        let r = crate::objstr::new_str(self, msg.as_bytes())
            .and_then(|m| new_exception_args(self, ty, &[m]));
        match r {
            Ok(v) => Exc(v),
            Err(e) => e,
        }
    }

    /// A new exception of type `ty` with a formatted message.
    #[cold]
    pub fn exc_fmt(&mut self, ty: &'static Type, args: core::fmt::Arguments<'_>) -> Exc {
        let mut b = Buf::new();
        if b.write_fmt(args).is_err() {
            return self.memory_error();
        }
        let r = crate::objstr::new_str(self, b.as_bytes())
            .and_then(|m| new_exception_args(self, ty, &[m]));
        match r {
            Ok(v) => Exc(v),
            Err(e) => e,
        }
    }

    /// A new exception of type `ty` without arguments.
    #[cold]
    pub fn exc_empty(&mut self, ty: &'static Type) -> Exc {
        match new_exception_args(self, ty, &[]) {
            Ok(v) => Exc(v),
            Err(e) => e,
        }
    }

    /// `TypeError(msg)`.
    #[cold]
    pub fn type_error(&mut self, msg: &str) -> Exc {
        self.exc_msg(&TYPE_ERROR, msg)
    }

    /// `ValueError(msg)`.
    #[cold]
    pub fn value_error(&mut self, msg: &str) -> Exc {
        self.exc_msg(&VALUE_ERROR, msg)
    }

    /// `ValueError` with a formatted message.
    #[cold]
    pub fn value_error_fmt(&mut self, args: core::fmt::Arguments<'_>) -> Exc {
        self.exc_fmt(&VALUE_ERROR, args)
    }

    /// `TypeError` with a formatted message.
    #[cold]
    pub fn type_error_fmt(&mut self, args: core::fmt::Arguments<'_>) -> Exc {
        self.exc_fmt(&TYPE_ERROR, args)
    }
}
