//! The compiler driver: parse, analyse, run the passes scope by scope until the bytes settle,
//! and assemble the raw-code tree (bytecode.md §10.3, §15.2).

use allocator_api2::alloc::Allocator;
use allocator_api2::vec::Vec;

use crate::codegen::{Gen, GenOptions, Module};
use crate::consts::{OwnedConst, owned};
use crate::emit::{Emitter, Pass};
use crate::emitbc::BcEmitter;
use crate::error::{Block, CompileError, Result};
use crate::intern::Interner;
use crate::parse::{ParseOptions, parse};
use crate::scope::{EmitOption, ScopeOptions, Scopes, analyse};
use crate::tables::ConstKey;
use crate::util::{extend, push};

/// What `mpy-cross`'s command line controls.
#[derive(Clone, Copy, Debug)]
pub struct CompileOptions<'a> {
    /// The source name stored as qstr 0 (the file path as given, or the `-s` name).
    pub source_name: &'a [u8],
    /// Another string that is a qstr before compilation starts (the input path when `-s`
    /// renames the source), which makes equal string literals interned.
    pub extra_qstr: Option<&'a [u8]>,
    /// Optimisation level (`-O`): 1+ drops asserts and makes `__debug__` False, 3+ also
    /// drops line numbers.
    pub optimize: u8,
    /// Target small-int width including the sign (`-msmall-int-bits`, default 31).
    pub small_int_bits: u8,
    /// Whether to write line-number tables (`-X no-source-lines` clears it).
    pub source_lines: bool,
    /// Expression nesting limit of the parser (see [`ParseOptions::max_depth`]).
    pub max_depth: u32,
}

impl Default for CompileOptions<'_> {
    fn default() -> Self {
        CompileOptions {
            source_name: b"<stdin>",
            extra_qstr: None,
            optimize: 0,
            small_int_bits: 31,
            source_lines: true,
            max_depth: 200,
        }
    }
}

/// The compiled code of one scope.
pub struct ScopeCode<A: Allocator + Clone> {
    /// Prelude followed by opcodes.
    pub body: Vec<u8, A>,
    /// Scope indices of the children, in child-table order.
    pub children: Vec<u32, A>,
}

/// A compiled module: tables and one code object per scope (scope 0 is the module).
pub struct CompiledModule<A: Allocator + Clone> {
    /// The qstr table (index 0 is the source name).
    pub qstrs: Interner<A>,
    /// The constant table.
    pub consts: Vec<OwnedConst<A>, A>,
    /// Code of every scope, in scope order.
    pub codes: Vec<ScopeCode<A>, A>,
    /// Small-int width written into the header.
    pub small_int_bits: u8,
}

/// A failed compilation: the error and the simple name of the scope it was raised in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Failure {
    /// The error.
    pub error: CompileError,
    /// Name of the scope for compiler errors (`<module>`, `f`, ...); `None` for errors of
    /// the lexer and parser, which MicroPython reports without a block name.
    pub scope_name: Option<alloc::vec::Vec<u8>>,
}

impl Failure {
    /// The error output of mpy-cross: parse errors name `file` (the path read), compiler
    /// errors name `source_name` (the `-s` name, if given) and the scope.
    pub fn traceback(&self, file: &str, source_name: &str) -> alloc::string::String {
        use core::fmt::Write;
        let e = &self.error;
        let mut s = alloc::string::String::new();
        match (&e.block, &self.scope_name) {
            (Block::NoTraceback, _) => {}
            (_, Some(b)) => {
                let b = alloc::string::String::from_utf8_lossy(b);
                let _ = write!(
                    s,
                    "Traceback (most recent call last):\n  File \"{source_name}\", line {}, in {b}\n",
                    e.line
                );
            }
            (_, None) => {
                let _ = write!(
                    s,
                    "Traceback (most recent call last):\n  File \"{file}\", line {}\n",
                    e.line
                );
            }
        }
        let _ = writeln!(s, "{}: {}", e.kind.name(), e.msg);
        s
    }
}

/// Compiles a module's source to bytecode.
pub fn compile<A: Allocator + Clone>(
    src: &[u8],
    opts: &CompileOptions<'_>,
    alloc: A,
) -> core::result::Result<CompiledModule<A>, Failure> {
    let mut names: Option<alloc::vec::Vec<u8>> = None;
    compile_inner(src, opts, alloc, &mut names).map_err(|error| {
        let scope_name = match error.block {
            Block::Scope(_) => names.take(),
            _ => None,
        };
        Failure { error, scope_name }
    })
}

fn compile_inner<A: Allocator + Clone>(
    src: &[u8],
    opts: &CompileOptions<'_>,
    alloc: A,
    scope_name: &mut Option<alloc::vec::Vec<u8>>,
) -> Result<CompiledModule<A>> {
    let is_qstr = |s: &[u8]| {
        s == opts.source_name || opts.extra_qstr == Some(s) || crate::pool::is_long_builtin_qstr(s)
    };
    let popts = ParseOptions {
        optimize: opts.optimize,
        is_preexisting_qstr: &is_qstr,
        max_depth: opts.max_depth,
    };
    let mut ast = parse(src, &popts, alloc.clone())?;
    let sopts = ScopeOptions {
        optimize: opts.optimize,
        small_int_bits: opts.small_int_bits,
        // No native emitter exists yet, so native decorators are "invalid arch".
        have_native: false,
    };
    let scopes = analyse(&mut ast, &sopts, alloc.clone()).inspect_err(|e| {
        if let Block::Scope(s) = e.block {
            *scope_name = Some(ast.names.get(s).to_vec());
        }
    })?;
    let gopts = GenOptions {
        optimize: opts.optimize,
        small_int_bits: opts.small_int_bits,
    };
    let source_lines = opts.source_lines && opts.optimize < 3;
    let mut m = Module::new(&ast, &scopes, opts.source_name, gopts, alloc.clone())?;
    let mut bc = BcEmitter::new(source_lines, alloc.clone());
    let n = scopes.list.len();
    let name_of = |i: usize| Some(ast.names.get(scopes.list[i].name).to_vec());
    for i in 0..n {
        run_pass(&mut m, &mut bc, Pass::Scope, i, &alloc).map_err(|e| {
            *scope_name = name_of(i);
            blame(e, &scopes, i)
        })?;
    }
    let mut codes: Vec<ScopeCode<A>, A> = Vec::new_in(alloc.clone());
    for i in 0..n {
        let code = compile_scope(&mut m, &mut bc, i, &alloc).map_err(|e| {
            *scope_name = name_of(i);
            blame(e, &scopes, i)
        })?;
        push(&mut codes, code)?;
    }
    let mut consts = Vec::new_in(alloc.clone());
    for &k in m.consts.entries.iter() {
        let c = match k {
            ConstKey::Ellipsis => OwnedConst::Ellipsis,
            ConstKey::Expr(e) => owned(&ast, e, &alloc)?,
        };
        push(&mut consts, c)?;
    }
    let qstrs = m.qstrs.into_pool();
    Ok(CompiledModule {
        qstrs,
        consts,
        codes,
        small_int_bits: opts.small_int_bits,
    })
}

/// Gives an error without a traceback block the scope it was raised in.
fn blame<A: Allocator + Clone>(mut e: CompileError, scopes: &Scopes<A>, i: usize) -> CompileError {
    if matches!(e.block, Block::None) {
        e.block = Block::Scope(scopes.list[i].name);
        if e.line == 0 {
            e.line = scopes.list[i].line;
        }
    }
    e
}

/// Runs one pass; returns the children and whether the emitter's output is final.
fn run_pass<A: Allocator + Clone>(
    m: &mut Module<'_, A>,
    e: &mut dyn Emitter,
    pass: Pass,
    scope: usize,
    alloc: &A,
) -> Result<(Vec<u32, A>, bool)> {
    Gen::run(m, e, pass, scope, alloc.clone())
}

/// Passes 2–4 of one scope, repeating pass 4 until the sizes settle.
fn compile_scope<A: Allocator + Clone>(
    m: &mut Module<'_, A>,
    bc: &mut BcEmitter<A>,
    i: usize,
    alloc: &A,
) -> Result<ScopeCode<A>> {
    if m.scopes.list[i].emit != EmitOption::Bytecode {
        // The analysis refuses native decorators while no native emitter exists; this is
        // where a native back end would take the scope.
        return Err(CompileError::syntax("invalid arch", m.scopes.list[i].line));
    }
    bc.new_scope();
    run_pass(m, bc, Pass::StackSize, i, alloc)?;
    run_pass(m, bc, Pass::CodeSize, i, alloc)?;
    // Each pass can only shrink jumps, so this terminates; the bound guards against bugs.
    for _ in 0..64 {
        let (children, done) = run_pass(m, bc, Pass::Emit, i, alloc)?;
        if done {
            let (info, code) = bc.output();
            let mut body = Vec::new_in(alloc.clone());
            extend(&mut body, info)?;
            extend(&mut body, code)?;
            return Ok(ScopeCode { body, children });
        }
    }
    Err(CompileError::syntax(
        "bytecode did not converge",
        m.scopes.list[i].line,
    ))
}

impl<A: Allocator + Clone> CompiledModule<A> {
    /// The format crate's tree of this module (borrowing the compiled bytes).
    pub fn to_module(&self) -> mpy_format::Module<'_> {
        use mpy_format::{Header, QstrEntry};
        let qstrs = (0..self.qstrs.len() as u32)
            .map(|i| QstrEntry::for_str(self.qstrs.get(crate::intern::Sym(i))))
            .collect();
        let consts = self.consts.iter().map(OwnedConst::to_format).collect();
        mpy_format::Module {
            header: Header::new(None, self.small_int_bits, 0),
            qstrs,
            consts,
            root: self.raw_code(0, 0),
            trailing: &[],
        }
    }

    fn raw_code(&self, i: usize, depth: usize) -> mpy_format::RawCode<'_> {
        let code = &self.codes[i];
        // Every child index comes from the scope list, and nesting is bounded by the parser.
        let children = if depth < 1000 {
            code.children
                .iter()
                .map(|&c| self.raw_code(c as usize, depth + 1))
                .collect()
        } else {
            alloc::vec::Vec::new()
        };
        mpy_format::RawCode::bytecode(&code.body, children)
    }

    /// The `.mpy` file.
    pub fn to_bytes(&self) -> alloc::vec::Vec<u8> {
        self.to_module().to_bytes()
    }
}
