//! Function-like objects: built-in functions, bytecode functions, closures, bound methods,
//! cells, and the classmethod/staticmethod/property wrappers.

use crate::buf::Buf;
use crate::code::{Code, ModuleContext};
use crate::error::PyResult;
use crate::obj::ObjHeader;
use crate::q;
use crate::types::{PrintKind, Type, flags};
use crate::value::Value;
use crate::vm::Vm;

/// How a built-in function takes its arguments.
#[derive(Clone, Copy)]
pub enum BuiltinKind {
    /// No arguments.
    F0(fn(&mut Vm) -> PyResult),
    /// One argument.
    F1(fn(&mut Vm, Value) -> PyResult),
    /// Two arguments.
    F2(fn(&mut Vm, Value, Value) -> PyResult),
    /// Three arguments.
    F3(fn(&mut Vm, Value, Value, Value) -> PyResult),
    /// `min..=max` positional arguments.
    Var(usize, usize, fn(&mut Vm, &[Value]) -> PyResult),
    /// At least `min` positional arguments plus keyword pairs (flattened name, value).
    Kw(usize, fn(&mut Vm, &[Value], &[Value]) -> PyResult),
}

/// A function implemented in Rust.
#[repr(C)]
pub struct BuiltinFn {
    /// Header.
    pub base: ObjHeader,
    /// The implementation.
    pub kind: BuiltinKind,
}

// SAFETY: immutable after construction; statics hold only fn pointers.
unsafe impl Sync for BuiltinFn {}

impl BuiltinFn {
    /// A function of no arguments.
    pub const fn f0(f: fn(&mut Vm) -> PyResult) -> Self {
        BuiltinFn {
            base: ObjHeader::new(&BUILTIN_FUNCTION_TYPE),
            kind: BuiltinKind::F0(f),
        }
    }
    /// A function of one argument.
    pub const fn f1(f: fn(&mut Vm, Value) -> PyResult) -> Self {
        BuiltinFn {
            base: ObjHeader::new(&BUILTIN_FUNCTION_TYPE),
            kind: BuiltinKind::F1(f),
        }
    }
    /// A function of two arguments.
    pub const fn f2(f: fn(&mut Vm, Value, Value) -> PyResult) -> Self {
        BuiltinFn {
            base: ObjHeader::new(&BUILTIN_FUNCTION_TYPE),
            kind: BuiltinKind::F2(f),
        }
    }
    /// A function of three arguments.
    pub const fn f3(f: fn(&mut Vm, Value, Value, Value) -> PyResult) -> Self {
        BuiltinFn {
            base: ObjHeader::new(&BUILTIN_FUNCTION_TYPE),
            kind: BuiltinKind::F3(f),
        }
    }
    /// A function of `min..=max` positional arguments.
    pub const fn var(min: usize, max: usize, f: fn(&mut Vm, &[Value]) -> PyResult) -> Self {
        BuiltinFn {
            base: ObjHeader::new(&BUILTIN_FUNCTION_TYPE),
            kind: BuiltinKind::Var(min, max, f),
        }
    }
    /// A function taking keyword arguments.
    pub const fn kw(min: usize, f: fn(&mut Vm, &[Value], &[Value]) -> PyResult) -> Self {
        BuiltinFn {
            base: ObjHeader::new(&BUILTIN_FUNCTION_TYPE),
            kind: BuiltinKind::Kw(min, f),
        }
    }

    /// This function as a value.
    pub const fn value(&'static self) -> Value {
        Value::from_static(self)
    }
}

/// Type of built-in functions.
pub static BUILTIN_FUNCTION_TYPE: Type = Type {
    call: Some(builtin_call),
    print: Some(fun_print),
    flags: flags::EQ_BY_IDENTITY,
    ..Type::new(q!("function"))
};

#[cold]
fn arg_count_error(vm: &mut Vm, expected: usize, given: usize) -> crate::error::Exc {
    vm.type_error_fmt(format_args!(
        "function takes {expected} positional arguments but {given} were given"
    ))
}

/// Calls a built-in function with positional `args` and flattened keyword pairs `kw`.
pub fn call_builtin(vm: &mut Vm, f: &BuiltinFn, args: &[Value], kw: &[Value]) -> PyResult {
    if !kw.is_empty() && !matches!(f.kind, BuiltinKind::Kw(..)) {
        return Err(vm.type_error("function doesn't take keyword arguments"));
    }
    match f.kind {
        BuiltinKind::F0(g) => match args {
            [] => g(vm),
            _ => Err(arg_count_error(vm, 0, args.len())),
        },
        BuiltinKind::F1(g) => match *args {
            [a] => g(vm, a),
            _ => Err(arg_count_error(vm, 1, args.len())),
        },
        BuiltinKind::F2(g) => match *args {
            [a, b] => g(vm, a, b),
            _ => Err(arg_count_error(vm, 2, args.len())),
        },
        BuiltinKind::F3(g) => match *args {
            [a, b, c] => g(vm, a, b, c),
            _ => Err(arg_count_error(vm, 3, args.len())),
        },
        BuiltinKind::Var(min, max, g) => {
            if args.len() < min {
                Err(vm.type_error_fmt(format_args!(
                    "function missing {} required positional arguments",
                    min - args.len()
                )))
            } else if args.len() > max {
                Err(vm.type_error_fmt(format_args!(
                    "function expected at most {max} arguments, got {}",
                    args.len()
                )))
            } else {
                g(vm, args)
            }
        }
        BuiltinKind::Kw(min, g) => {
            if args.len() < min {
                Err(vm.type_error_fmt(format_args!(
                    "function missing {} required positional arguments",
                    min - args.len()
                )))
            } else {
                g(vm, args, kw)
            }
        }
    }
}

fn builtin_call(vm: &mut Vm, f: Value, args: &[Value], kw: &[Value]) -> PyResult {
    // SAFETY: this slot is only reached for BuiltinFn objects.
    let f = unsafe { &*f.as_ptr::<BuiltinFn>() };
    call_builtin(vm, f, args, kw)
}

fn fun_print(vm: &mut Vm, buf: &mut Buf, v: Value, _kind: PrintKind) -> PyResult<()> {
    if v.is_type(&BUILTIN_FUNCTION_TYPE) {
        // MicroPython prints built-in functions without name or address.
        buf.push_str("<function>");
        return Ok(());
    }
    let name = function_name(vm, v);
    let _ = core::fmt::Write::write_fmt(
        buf,
        format_args!(
            "<function {} at 0x{:x}>",
            core::str::from_utf8(name).unwrap_or("?"),
            v.bits()
        ),
    );
    Ok(())
}

/// The `__name__` of a function-like value.
pub fn function_name(vm: &Vm, v: Value) -> &'static [u8] {
    if v.is_type(&FUNCTION_TYPE)
        || v.is_type(&GENERATOR_FUNCTION_TYPE)
        || crate::nativefn::is_native_fun(v)
    {
        // SAFETY: checked type.
        let f = unsafe { &*v.as_ptr::<FunBc>() };
        return vm.qstr_str(unsafe { (*f.code).name(&*f.context) });
    }
    if v.is_type(&CLOSURE_TYPE) {
        // SAFETY: checked type.
        return function_name(vm, unsafe { (*v.as_ptr::<Closure>()).fun });
    }
    b"<builtin>"
}

/// A function defined in Python (bytecode or machine code). Words 0..3 are fixed by the
/// native ABI; the rest is the VM's own.
#[repr(C)]
pub struct FunBc {
    /// Header.
    pub base: ObjHeader,
    /// Module context (globals, qstr and constant tables).
    pub context: *const ModuleContext,
    /// Child table (the code's children, as machine code indexes it).
    pub child_table: *const *const Code,
    /// The raw function data.
    pub fun_data: *const u8,
    /// The loaded code with its decoded prelude.
    pub code: *const Code,
    /// Positional defaults (a tuple) or NULL.
    pub defaults: Value,
    /// Keyword-only defaults (a dict) or NULL.
    pub kw_defaults: Value,
}

/// Type of functions defined in Python.
pub static FUNCTION_TYPE: Type = Type {
    call: Some(crate::call::fun_bc_call),
    print: Some(fun_print),
    attr: Some(fun_attr),
    flags: flags::EQ_BY_IDENTITY,
    ..Type::new(q!("function"))
};

/// Type of generator functions (calling one makes a generator).
pub static GENERATOR_FUNCTION_TYPE: Type = Type {
    call: Some(crate::objgen::gen_fun_call),
    print: Some(fun_print),
    attr: Some(fun_attr),
    flags: flags::EQ_BY_IDENTITY,
    ..Type::new(q!("generator"))
};

fn fun_attr(vm: &mut Vm, v: Value, attr: crate::qstr::Qstr, dest: &mut [Value; 2]) -> PyResult<()> {
    if dest[0].is_null() && attr == q!("__name__") {
        let name = function_name(vm, v);
        dest[0] = Value::qstr(vm.intern(name)?);
    } else if dest[0].is_null() && attr == q!("__globals__") {
        // SAFETY: FunBc objects only.
        dest[0] = unsafe { (*(*v.as_ptr::<FunBc>()).context).globals };
    }
    Ok(())
}

/// Makes a function object for `code` in `ctx` with optional defaults.
pub(crate) fn make_function(
    vm: &mut Vm,
    code: *const Code,
    ctx: *const ModuleContext,
    defaults: Value,
    kw_defaults: Value,
) -> PyResult {
    // SAFETY: `code` is a live loaded raw code.
    let c = unsafe { &*code };
    let ty: &'static Type = match c.kind {
        crate::code::CodeKind::Bytecode if c.is_generator() => &GENERATOR_FUNCTION_TYPE,
        crate::code::CodeKind::Bytecode => &FUNCTION_TYPE,
        _ => crate::nativefn::native_fun_type(c),
    };
    vm.new_obj(FunBc {
        base: ObjHeader::new(ty),
        context: ctx,
        child_table: c.children,
        fun_data: c.fun_data,
        code,
        defaults: if defaults.is_null() || defaults == Value::NONE {
            Value::NULL
        } else {
            defaults
        },
        kw_defaults: if kw_defaults.is_null() || kw_defaults == Value::NONE {
            Value::NULL
        } else {
            kw_defaults
        },
    })
}

/// A function with captured cells (prepended to the positional arguments of each call).
#[repr(C)]
pub struct Closure {
    /// Header.
    pub base: ObjHeader,
    /// The function.
    pub fun: Value,
    /// Number of cells.
    pub n_closed: usize,
    /// The cells (a managed array).
    pub closed: *mut Value,
}

/// Type of closures.
pub static CLOSURE_TYPE: Type = Type {
    call: Some(crate::call::closure_call),
    print: Some(fun_print),
    attr: Some(closure_attr),
    flags: flags::EQ_BY_IDENTITY,
    ..Type::new(q!("closure"))
};

fn closure_attr(
    vm: &mut Vm,
    v: Value,
    attr: crate::qstr::Qstr,
    dest: &mut [Value; 2],
) -> PyResult<()> {
    // SAFETY: closures only.
    let fun = unsafe { (*v.as_ptr::<Closure>()).fun };
    fun_attr(vm, fun, attr, dest)
}

/// Wraps `fun` with `cells`.
pub fn make_closure(vm: &mut Vm, fun: Value, cells: &[Value]) -> PyResult {
    let arr = vm.alloc_values(cells.len())?;
    // SAFETY: a fresh array of cells.len() values.
    unsafe { core::ptr::copy_nonoverlapping(cells.as_ptr(), arr, cells.len()) };
    vm.new_obj(Closure {
        base: ObjHeader::new(&CLOSURE_TYPE),
        fun,
        n_closed: cells.len(),
        closed: arr,
    })
}

/// A method bound to an instance.
#[repr(C)]
pub struct BoundMeth {
    /// Header.
    pub base: ObjHeader,
    /// The function.
    pub meth: Value,
    /// The instance (first argument).
    pub this: Value,
}

/// Type of bound methods.
pub static BOUND_METH_TYPE: Type = Type {
    call: Some(bound_call),
    print: Some(bound_print),
    binary_op: Some(bound_binary_op),
    attr: Some(bound_attr),
    ..Type::new(q!("bound_method"))
};

fn bound_print(vm: &mut Vm, buf: &mut Buf, v: Value, _kind: PrintKind) -> PyResult<()> {
    // SAFETY: bound methods only.
    let b = unsafe { &*v.as_ptr::<BoundMeth>() };
    let _ = core::fmt::Write::write_fmt(buf, format_args!("<bound_method {:x} ", v.bits()));
    vm.print_value(buf, b.this, PrintKind::Repr)?;
    buf.push(b'.');
    vm.print_value(buf, b.meth, PrintKind::Repr)?;
    buf.push(b'>');
    Ok(())
}

fn bound_binary_op(_vm: &mut Vm, op: u8, a: Value, b: Value) -> PyResult {
    if op != crate::ops::EQUAL || !b.is_type(&BOUND_METH_TYPE) {
        return Ok(Value::NULL);
    }
    // SAFETY: both checked bound methods.
    let (x, y) = unsafe { (&*a.as_ptr::<BoundMeth>(), &*b.as_ptr::<BoundMeth>()) };
    Ok(Value::bool(x.meth == y.meth && x.this == y.this))
}

fn bound_attr(
    vm: &mut Vm,
    v: Value,
    attr: crate::qstr::Qstr,
    dest: &mut [Value; 2],
) -> PyResult<()> {
    // SAFETY: bound methods only.
    let b = unsafe { &*v.as_ptr::<BoundMeth>() };
    if dest[0].is_null() {
        if attr == q!("__self__") {
            dest[0] = b.this;
        } else if attr == q!("__func__") {
            dest[0] = b.meth;
        } else {
            return vm.load_attr_into(b.meth, attr, dest);
        }
    }
    Ok(())
}

fn bound_call(vm: &mut Vm, v: Value, args: &[Value], kw: &[Value]) -> PyResult {
    // SAFETY: bound methods only.
    let (meth, this) = unsafe {
        (
            (*v.as_ptr::<BoundMeth>()).meth,
            (*v.as_ptr::<BoundMeth>()).this,
        )
    };
    vm.call_with_self(meth, this, args, kw)
}

/// Binds `meth` to `this`.
pub fn new_bound_meth(vm: &mut Vm, meth: Value, this: Value) -> PyResult {
    vm.new_obj(BoundMeth {
        base: ObjHeader::new(&BOUND_METH_TYPE),
        meth,
        this,
    })
}

/// A cell holding a variable shared with inner functions (content in word 1, per the ABI).
#[repr(C)]
pub struct Cell {
    /// Header.
    pub base: ObjHeader,
    /// The variable's value (NULL when unbound).
    pub contents: Value,
}

/// Type of cells.
pub static CELL_TYPE: Type = Type::new(q!("cell"));

/// A new cell holding `v`.
pub fn new_cell(vm: &mut Vm, v: Value) -> PyResult {
    vm.new_obj(Cell {
        base: ObjHeader::new(&CELL_TYPE),
        contents: v,
    })
}

/// `staticmethod`, `classmethod` and similar single-value wrappers.
#[repr(C)]
pub struct Wrapper {
    /// Header.
    pub base: ObjHeader,
    /// The wrapped function.
    pub fun: Value,
}

// SAFETY: static wrappers hold static functions only.
unsafe impl Sync for Wrapper {}

impl Wrapper {
    /// A static wrapper of `ty` around a static function.
    pub const fn new(ty: &'static Type, fun: Value) -> Wrapper {
        Wrapper {
            base: ObjHeader::new(ty),
            fun,
        }
    }
}

/// The `staticmethod` type.
pub static STATICMETHOD_TYPE: Type = Type {
    make_new: Some(wrapper_make_new),
    ..Type::new(q!("staticmethod"))
};

/// The `classmethod` type.
pub static CLASSMETHOD_TYPE: Type = Type {
    make_new: Some(wrapper_make_new),
    ..Type::new(q!("classmethod"))
};

fn wrapper_make_new(vm: &mut Vm, ty: &'static Type, args: &[Value], _kw: &[Value]) -> PyResult {
    match *args {
        [f] => vm.new_obj(Wrapper {
            base: ObjHeader::new(ty),
            fun: f,
        }),
        _ => Err(vm.type_error("function takes 1 positional arguments")),
    }
}

/// A `property`.
#[repr(C)]
pub struct Property {
    /// Header.
    pub base: ObjHeader,
    /// Getter, setter and deleter (NONE if absent).
    pub fns: [Value; 3],
}

/// The `property` type.
pub static PROPERTY_TYPE: Type = Type {
    make_new: Some(property_make_new),
    methods: PROPERTY_METHODS,
    ..Type::new(q!("property"))
};

static PROPERTY_GETTER: BuiltinFn = BuiltinFn::f2(|vm, p, f| property_with(vm, p, 0, f));
static PROPERTY_SETTER: BuiltinFn = BuiltinFn::f2(|vm, p, f| property_with(vm, p, 1, f));
static PROPERTY_DELETER: BuiltinFn = BuiltinFn::f2(|vm, p, f| property_with(vm, p, 2, f));
static PROPERTY_METHODS: &[crate::types::Attr] = &[
    crate::types::Attr::new(q!("getter"), PROPERTY_GETTER.value()),
    crate::types::Attr::new(q!("setter"), PROPERTY_SETTER.value()),
    crate::types::Attr::new(q!("deleter"), PROPERTY_DELETER.value()),
];

fn property_with(vm: &mut Vm, p: Value, i: usize, f: Value) -> PyResult {
    // SAFETY: property objects only (method of the property type).
    let mut fns = unsafe { (*p.as_ptr::<Property>()).fns };
    fns[i] = f;
    vm.new_obj(Property {
        base: ObjHeader::new(&PROPERTY_TYPE),
        fns,
    })
}

fn property_make_new(vm: &mut Vm, _ty: &'static Type, args: &[Value], kw: &[Value]) -> PyResult {
    let mut fns = [Value::NONE; 3];
    for (i, a) in args.iter().take(3).enumerate() {
        fns[i] = *a;
    }
    for pair in kw.chunks(2) {
        let name = if pair[0].is_qstr() {
            pair[0].qstr_value()
        } else {
            q!("")
        };
        let i = match name {
            n if n == q!("fget") => 0,
            n if n == q!("fset") => 1,
            n if n == q!("fdel") => 2,
            _ => continue,
        };
        fns[i] = pair[1];
    }
    vm.new_obj(Property {
        base: ObjHeader::new(&PROPERTY_TYPE),
        fns,
    })
}
