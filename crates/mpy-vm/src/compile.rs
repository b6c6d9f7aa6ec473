//! Source code to running code: the compiler (`mpy-compiler`) driven from inside the VM, for
//! `.py` imports and scripts, `exec`, `eval` and `compile`.
//!
//! The compiler allocates its working memory from this interpreter's heap (manual blocks),
//! so running out while compiling is a `MemoryError`, never an abort. Its output is a `.mpy`
//! image that goes through the same loader and verifier as files from `mpy-cross`.

use mpy_compiler::{CompileOptions, ErrorKind};

use crate::error::{Exc, PyResult};
use crate::heapalloc::VmManual;
use crate::objexc::{
    INDENTATION_ERROR, MEMORY_ERROR, NOT_IMPLEMENTED_ERROR, RUNTIME_ERROR, SYNTAX_ERROR,
};
use crate::qstr::Qstr;
use crate::value::Value;
use crate::vm::Vm;

/// Compiles `src` (a whole module) to a `.mpy` image in the heap.
pub fn compile_module(vm: &mut Vm, src: &[u8], source_name: &[u8]) -> PyResult<&'static [u8]> {
    let opts = CompileOptions {
        source_name,
        optimize: vm.opt_level,
        // Code compiled on this VM may use its full small-int width.
        small_int_bits: crate::value::SMALL_INT_BITS as u8,
        ..CompileOptions::default()
    };
    match mpy_compiler::compile(src, &opts, VmManual) {
        Ok(m) => {
            let bytes = m.to_bytes();
            crate::load::heap_image(vm, &bytes)
        }
        Err(f) => Err(compile_error(vm, &f, source_name)),
    }
}

/// The Python exception for a compile failure, with MicroPython's traceback entry.
fn compile_error(vm: &mut Vm, f: &mpy_compiler::Failure, source_name: &[u8]) -> Exc {
    let e = &f.error;
    let ty = match e.kind {
        ErrorKind::SyntaxError => &SYNTAX_ERROR,
        ErrorKind::IndentationError => &INDENTATION_ERROR,
        ErrorKind::NotImplementedError => &NOT_IMPLEMENTED_ERROR,
        ErrorKind::MemoryError => return vm.memory_error(),
        ErrorKind::RuntimeError => &RUNTIME_ERROR,
    };
    let _ = &MEMORY_ERROR;
    let msg = alloc::format!("{}", e.msg);
    let exc = vm.exc_msg(ty, &msg);
    if !matches!(e.block, mpy_compiler::error::Block::NoTraceback) {
        let file = vm.intern(source_name).unwrap_or(crate::q!("<stdin>"));
        let block = match &f.scope_name {
            Some(name) => vm.intern(name).unwrap_or(Qstr(0)),
            // Errors of the lexer and parser name no block: "File "x.py", line 2".
            None => Qstr(0),
        };
        crate::objexc::add_traceback(vm, exc.0, file, e.line as usize, block);
    }
    exc
}

/// Compiles and runs `src` as module `name` (registering it in `sys.modules`).
pub fn exec_source_as_module(vm: &mut Vm, src: &[u8], source_name: &[u8], name: Qstr) -> PyResult {
    let image = compile_module(vm, src, source_name)?;
    crate::load::exec_image(vm, image, name)
}

/// Compiles and runs `src` with the given globals and locals dicts (`exec`).
pub fn exec_in(vm: &mut Vm, src: &[u8], globals: Value, locals: Value) -> PyResult {
    exec_named(vm, src, b"<string>", globals, locals)
}

/// [`exec_in`] with the source named `name` (for tracebacks).
pub fn exec_named(vm: &mut Vm, src: &[u8], name: &[u8], globals: Value, locals: Value) -> PyResult {
    let image = compile_module(vm, src, name)?;
    let loaded = crate::load::load_mpy(vm, image, globals, Value::NONE)?;
    let f = crate::objfun::make_function(vm, loaded.root, loaded.ctx, Value::NULL, Value::NULL)?;
    let (saved_g, saved_l) = (vm.globals, vm.locals);
    vm.globals = globals;
    vm.locals = locals;
    let r = vm.call(f, &[], &[]);
    vm.globals = saved_g;
    vm.locals = saved_l;
    r
}

fn source_of<'a>(vm: &mut Vm, v: Value) -> PyResult<&'a [u8]> {
    if let Some(s) = crate::objstr::str_bytes(vm, v) {
        return Ok(s);
    }
    if let Some(b) = crate::objarray::buffer_bytes(v) {
        return Ok(b);
    }
    Err(vm.type_error("exec/eval expects a str, bytes or code object"))
}

/// The globals and locals dicts of `exec`/`eval` arguments (defaults: the caller's).
pub(crate) fn namespaces(vm: &mut Vm, a: &[Value]) -> PyResult<(Value, Value)> {
    let g = match a.get(1) {
        Some(&g) if g != Value::NONE => g,
        _ => vm.globals,
    };
    let l = match a.get(2) {
        Some(&l) if l != Value::NONE => l,
        _ if a.get(1).is_some_and(|&g| g != Value::NONE) => g,
        _ => vm.locals,
    };
    if !crate::objdict::is_dict(g) || !crate::objdict::is_dict(l) {
        return Err(vm.type_error("globals and locals must be dicts"));
    }
    Ok((g, l))
}

/// A code object made by `compile()`: the source, kept to be compiled when run.
#[repr(C)]
pub struct CodeObj {
    /// Header.
    pub base: crate::obj::ObjHeader,
    /// The source text.
    pub src: Value,
    /// 0 exec, 1 eval.
    pub mode: usize,
}

/// The type of `compile()` results.
pub static CODE_TYPE: crate::types::Type = crate::types::Type::new(crate::q!("code"));

/// Raises SyntaxError unless `src` is exactly one expression (what `eval` accepts): the
/// assignment `eval_src` wraps it in must not let `1); stmt; (2` run statements.
fn check_expression(vm: &mut Vm, src: &[u8]) -> PyResult<()> {
    use mpy_compiler::ast::{StmtId, StmtKind};
    let opts = mpy_compiler::ParseOptions::default();
    let ast = match mpy_compiler::parse(src, &opts, VmManual) {
        Ok(ast) => ast,
        Err(e) if e.kind == ErrorKind::MemoryError => return Err(vm.memory_error()),
        Err(e) => {
            let msg = alloc::format!("{}", e.msg);
            let ty = if e.kind == ErrorKind::IndentationError {
                &INDENTATION_ERROR
            } else {
                &SYNTAX_ERROR
            };
            return Err(vm.exc_msg(ty, &msg));
        }
    };
    // The parser turns a constant expression statement into `pass` (and `pass` itself
    // fails inside the wrapper's parentheses); a source with no statement is no expression.
    let body = ast.list(ast.body);
    let one_expr = match body {
        [s] => matches!(
            ast.stmt(StmtId(*s)).kind,
            StmtKind::Expr(_) | StmtKind::Pass
        ),
        _ => false,
    };
    if !one_expr {
        return Err(vm.exc_msg(&SYNTAX_ERROR, "invalid syntax"));
    }
    Ok(())
}

/// The module source that evaluates expression `src` into `__eval_result__`.
fn eval_wrapper(vm: &mut Vm, src: &[u8]) -> PyResult<crate::buf::Buf> {
    let src = src.trim_ascii();
    check_expression(vm, src)?;
    // The expression sits on lines of its own inside the parentheses, so a trailing
    // comment cannot swallow the closing one.
    let mut b = crate::buf::Buf::new();
    b.push_str("__eval_result__=(\n");
    b.push_bytes(src);
    b.push_str("\n)\n");
    if b.oom {
        return Err(vm.memory_error());
    }
    Ok(b)
}

/// Evaluates an expression with the given globals and locals.
pub fn eval_src(vm: &mut Vm, src: &[u8], g: Value, l: Value) -> PyResult {
    // An expression is compiled as an assignment to a hidden name read back afterwards.
    let b = eval_wrapper(vm, src)?;
    exec_in(vm, b.as_bytes(), g, l)?;
    let q = vm.intern(b"__eval_result__")?;
    let r = crate::objdict::dict_map(l).remove(vm, Value::qstr(q))?;
    Ok(r.unwrap_or(Value::NONE))
}

fn b_exec(vm: &mut Vm, a: &[Value]) -> PyResult {
    let (g, l) = namespaces(vm, a)?;
    let (src, mode) = if a[0].is_type(&CODE_TYPE) {
        // SAFETY: checked code object.
        let c = unsafe { &*a[0].as_ptr::<CodeObj>() };
        (source_of(vm, c.src)?, c.mode)
    } else {
        (source_of(vm, a[0])?, 0)
    };
    if mode == 1 {
        eval_src(vm, src, g, l)?;
    } else {
        exec_in(vm, src, g, l)?;
    }
    Ok(Value::NONE)
}

fn b_eval(vm: &mut Vm, a: &[Value]) -> PyResult {
    let (g, l) = namespaces(vm, a)?;
    let src = if a[0].is_type(&CODE_TYPE) {
        // SAFETY: checked code object.
        source_of(vm, unsafe { (*a[0].as_ptr::<CodeObj>()).src })?
    } else {
        source_of(vm, a[0])?
    };
    eval_src(vm, src, g, l)
}

fn b_compile(vm: &mut Vm, a: &[Value]) -> PyResult {
    let mode = match crate::objstr::str_bytes(vm, a[2]) {
        Some(b"exec") | Some(b"single") => 0,
        Some(b"eval") => 1,
        _ => return Err(vm.value_error("bad compile mode")),
    };
    let src = source_of(vm, a[0])?;
    // Compile now so syntax errors surface at compile(), as in MicroPython.
    let name = crate::objstr::str_bytes(vm, a[1]).unwrap_or(b"<string>");
    if mode == 0 {
        compile_module(vm, src, name)?;
    } else {
        let b = eval_wrapper(vm, src)?;
        compile_module(vm, b.as_bytes(), name)?;
    }
    let s = crate::objstr::new_str(vm, src)?;
    vm.new_obj(CodeObj {
        base: crate::obj::ObjHeader::new(&CODE_TYPE),
        src: s,
        mode,
    })
}

static EXEC: crate::objfun::BuiltinFn = crate::objfun::BuiltinFn::var(1, 3, b_exec);
static EVAL: crate::objfun::BuiltinFn = crate::objfun::BuiltinFn::var(1, 3, b_eval);
static COMPILE: crate::objfun::BuiltinFn = crate::objfun::BuiltinFn::var(3, 6, b_compile);

/// Adds `exec`, `eval` and `compile` to the builtins namespace.
pub fn register_builtins(vm: &mut Vm) -> PyResult<()> {
    let d = vm.builtins;
    for (name, f) in [
        (&b"exec"[..], &EXEC),
        (b"eval", &EVAL),
        (b"compile", &COMPILE),
    ] {
        let q = vm.intern(name)?;
        crate::objdict::dict_map(d).set_qstr(vm, q, f.value())?;
    }
    Ok(())
}
