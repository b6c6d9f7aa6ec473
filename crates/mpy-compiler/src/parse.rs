//! Recursive-descent parser for the language MicroPython 1.29 accepts.
//!
//! The grammar follows MicroPython's (not CPython's) where they differ, because the point
//! where parsing fails decides the reported line: decorators are dotted names with an
//! optional call, parameters may come in any order (the compiler checks it), keyword-argument
//! left sides are arbitrary expressions, `:=` is not allowed as a statement, there are no
//! async comprehensions, no `{**d}`/`{*a}` displays and no parenthesised `with` items.
//!
//! MicroPython's parser fails at the first token that no alternative accepts; a
//! predictive parser built on the same grammar fails at the same token, so errors carry the
//! line of the current token and a message chosen from its kind.
//!
//! The parse-time transformations of bytecode.md §13 happen as nodes complete: constant
//! folding, `const()` recording and substitution, constant tuples, removal of lonely
//! constant statements, and the interning decision for string literals.

use allocator_api2::alloc::Allocator;
use allocator_api2::vec::Vec;

use crate::ast::*;
use crate::bigint;
use crate::error::{CompileError, ErrorKind, Message, Result};
use crate::fold;
use crate::intern::Sym;
use crate::lexer::Lexer;
use crate::num::{IntLit, parse_float, parse_int};
use crate::token::Tok;
use crate::util::push;

/// Options that change what the parser produces.
#[derive(Clone, Copy)]
pub struct ParseOptions<'a> {
    /// Optimisation level (`-O`): non-zero makes `__debug__` False.
    pub optimize: u8,
    /// Strings that are qstrs before parsing starts: the source file name as given, the
    /// `-s` name, and the long built-in qstrs of the target (short strings are always
    /// interned). Decides LOAD_CONST_STRING vs LOAD_CONST_OBJ for string literals.
    pub is_preexisting_qstr: &'a dyn Fn(&[u8]) -> bool,
    /// Maximum nesting of expressions/blocks before `RuntimeError: maximum recursion depth
    /// exceeded` (the parser recurses; MicroPython's does not). Each bracket level costs two
    /// units; the default 200 (about 100 nested brackets) needs about 1 MiB of stack at
    /// opt-level 1. A device passes a limit that fits its stack.
    pub max_depth: u32,
}

fn no_preexisting(_: &[u8]) -> bool {
    false
}

impl Default for ParseOptions<'_> {
    fn default() -> Self {
        ParseOptions {
            optimize: 0,
            is_preexisting_qstr: &no_preexisting,
            max_depth: 200,
        }
    }
}

/// Strings up to this many bytes are always interned (MicroPython's parser rule).
const SHORT_STR_MAX: usize = 10;

/// Parses a whole module.
pub fn parse<A: Allocator + Clone>(
    src: &[u8],
    opts: &ParseOptions<'_>,
    alloc: A,
) -> Result<Ast<A>> {
    let mut p = Parser::new(src, opts, alloc)?;
    p.file_input()?;
    Ok(p.ast)
}

/// Parser state.
struct Parser<'s, 'o, A: Allocator + Clone> {
    lex: Lexer<'s, A>,
    ast: Ast<A>,
    opts: &'o ParseOptions<'o>,
    scratch: Vec<u32, A>,
    /// Names that appeared as NAME tokens so far (they are qstrs in MicroPython).
    seen: Vec<bool, A>,
    /// `const()` table: name -> value expression.
    consts: Vec<(Sym, ExprId), A>,
    depth: u32,
    alloc: A,
}

/// Context of a `testlist_comp` (what encloses it).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Enclosure {
    Paren,
    Bracket,
}

fn can_start_atom(t: Tok) -> bool {
    matches!(
        t,
        Tok::Name
            | Tok::Integer
            | Tok::FloatOrImag
            | Tok::Str
            | Tok::Bytes
            | Tok::Ellipsis
            | Tok::KwNone
            | Tok::KwTrue
            | Tok::KwFalse
            | Tok::KwDebug
            | Tok::ParenOpen
            | Tok::BracketOpen
            | Tok::BraceOpen
    )
}

fn can_start_expr(t: Tok) -> bool {
    can_start_atom(t) || matches!(t, Tok::Minus | Tok::Plus | Tok::Tilde | Tok::KwAwait)
}

fn can_start_test(t: Tok) -> bool {
    can_start_expr(t) || matches!(t, Tok::KwNot | Tok::KwLambda)
}

fn comp_op(t: Tok) -> Option<CmpOp> {
    Some(match t {
        Tok::Less => CmpOp::Less,
        Tok::More => CmpOp::More,
        Tok::DblEqual => CmpOp::Equal,
        Tok::LessEqual => CmpOp::LessEqual,
        Tok::MoreEqual => CmpOp::MoreEqual,
        Tok::NotEqual => CmpOp::NotEqual,
        Tok::KwIn => CmpOp::In,
        Tok::KwNot => CmpOp::NotIn,
        Tok::KwIs => CmpOp::Is,
        _ => return None,
    })
}

fn augassign_op(t: Tok) -> Option<BinOp> {
    Some(match t {
        Tok::PipeEqual => BinOp::Or,
        Tok::CaretEqual => BinOp::Xor,
        Tok::AmpersandEqual => BinOp::And,
        Tok::DblLessEqual => BinOp::LShift,
        Tok::DblMoreEqual => BinOp::RShift,
        Tok::PlusEqual => BinOp::Add,
        Tok::MinusEqual => BinOp::Sub,
        Tok::StarEqual => BinOp::Mul,
        Tok::AtEqual => BinOp::MatMul,
        Tok::DblSlashEqual => BinOp::FloorDiv,
        Tok::SlashEqual => BinOp::TrueDiv,
        Tok::PercentEqual => BinOp::Mod,
        Tok::DblStarEqual => BinOp::Pow,
        _ => return None,
    })
}

impl<'s, 'o, A: Allocator + Clone> Parser<'s, 'o, A> {
    fn new(src: &'s [u8], opts: &'o ParseOptions<'o>, alloc: A) -> Result<Self> {
        Ok(Parser {
            lex: Lexer::new_in(src, alloc.clone())?,
            ast: Ast::new_in(alloc.clone()),
            opts,
            scratch: Vec::new_in(alloc.clone()),
            seen: Vec::new_in(alloc.clone()),
            consts: Vec::new_in(alloc.clone()),
            depth: 0,
            alloc,
        })
    }

    // ----- token helpers -----

    fn tok(&self) -> Tok {
        self.lex.tok
    }

    fn tok_line(&self) -> u32 {
        self.lex.tok_line
    }

    fn advance(&mut self) -> Result<()> {
        self.lex.advance()
    }

    /// The error MicroPython raises when parsing fails at the current token.
    fn error(&self) -> CompileError {
        let line = self.lex.tok_line;
        match self.lex.tok {
            Tok::Indent => CompileError::indentation("unexpected indent", line),
            Tok::DedentMismatch => {
                CompileError::indentation("unindent doesn't match any outer indent level", line)
            }
            Tok::MalformedFString => CompileError::syntax("malformed f-string", line),
            _ => CompileError::syntax("invalid syntax", line),
        }
    }

    fn expect(&mut self, t: Tok) -> Result<()> {
        if self.tok() != t {
            return Err(self.error());
        }
        self.advance()
    }

    fn accept(&mut self, t: Tok) -> Result<bool> {
        if self.tok() == t {
            self.advance()?;
            Ok(true)
        } else {
            Ok(false)
        }
    }

    fn enter(&mut self) -> Result<()> {
        self.depth += 1;
        if self.depth > self.opts.max_depth {
            return Err(CompileError {
                kind: ErrorKind::RuntimeError,
                msg: Message::Static("maximum recursion depth exceeded"),
                line: self.tok_line(),
                block: crate::error::Block::None,
            });
        }
        Ok(())
    }

    fn leave(&mut self) {
        self.depth -= 1;
    }

    /// Consumes a NAME token, interning it (it becomes a qstr in MicroPython).
    fn name(&mut self) -> Result<Sym> {
        if self.tok() != Tok::Name {
            return Err(self.error());
        }
        let sym = self.ast.names.intern(&self.lex.text)?;
        self.mark_seen(sym)?;
        self.advance()?;
        Ok(sym)
    }

    fn mark_seen(&mut self, sym: Sym) -> Result<()> {
        let i = sym.0 as usize;
        if self.seen.len() <= i {
            self.seen
                .try_reserve(i + 1 - self.seen.len())
                .map_err(|_| CompileError::memory())?;
            self.seen.resize(i + 1, false);
        }
        self.seen[i] = true;
        Ok(())
    }

    fn was_seen(&self, s: &[u8]) -> bool {
        match self.ast.names.lookup(s) {
            Some(sym) => self.seen.get(sym.0 as usize).copied().unwrap_or(false),
            None => false,
        }
    }

    fn intern_internal(&mut self, s: &[u8]) -> Result<Sym> {
        self.ast.names.intern(s)
    }

    fn expr(&mut self, line: u32, kind: ExprKind) -> Result<ExprId> {
        self.ast.add_expr(Expr { line, kind })
    }

    fn kind(&self, e: ExprId) -> ExprKind {
        self.ast.expr(e).kind
    }

    fn stmt(&mut self, line: u32, kind: StmtKind) -> Result<StmtId> {
        self.ast.add_stmt(Stmt { line, kind })
    }

    fn scratch_push(&mut self, v: u32) -> Result<()> {
        push(&mut self.scratch, v)
    }

    fn finish(&mut self, base: usize) -> Result<List> {
        self.ast.finish_list(&mut self.scratch, base)
    }

    // ----- statements -----

    fn file_input(&mut self) -> Result<()> {
        let base = self.scratch.len();
        let mut first = true;
        loop {
            match self.tok() {
                Tok::Newline => self.advance()?,
                Tok::End => break,
                _ => {
                    if first {
                        self.ast.line = self.tok_line();
                        first = false;
                    }
                    self.stmt_into()?;
                }
            }
        }
        self.ast.body = self.finish(base)?;
        Ok(())
    }

    /// Parses one statement (a simple-statement line can hold several) into the scratch.
    fn stmt_into(&mut self) -> Result<()> {
        self.enter()?;
        let r = match self.tok() {
            Tok::KwIf => self.if_stmt().and_then(|s| self.scratch_push(s.0)),
            Tok::KwWhile => self.while_stmt().and_then(|s| self.scratch_push(s.0)),
            Tok::KwFor => self
                .for_stmt(false, self.tok_line())
                .and_then(|s| self.scratch_push(s.0)),
            Tok::KwTry => self.try_stmt().and_then(|s| self.scratch_push(s.0)),
            Tok::KwWith => self
                .with_stmt(false, self.tok_line())
                .and_then(|s| self.scratch_push(s.0)),
            Tok::KwDef => self
                .funcdef(List::EMPTY, false, self.tok_line())
                .and_then(|s| self.scratch_push(s.0)),
            Tok::KwClass => self
                .classdef(List::EMPTY, self.tok_line())
                .and_then(|s| self.scratch_push(s.0)),
            Tok::At => self.decorated().and_then(|s| self.scratch_push(s.0)),
            Tok::KwAsync => self.async_stmt().and_then(|s| self.scratch_push(s.0)),
            _ => self.simple_stmt(),
        };
        self.leave();
        r
    }

    fn suite(&mut self) -> Result<List> {
        let base = self.scratch.len();
        if self.tok() == Tok::Newline {
            self.advance()?;
            self.expect(Tok::Indent)?;
            loop {
                self.stmt_into()?;
                if self.tok() == Tok::Dedent {
                    self.advance()?;
                    break;
                }
                if !self.can_start_stmt() {
                    return Err(self.error());
                }
            }
        } else {
            self.simple_stmt()?;
        }
        self.finish(base)
    }

    fn can_start_stmt(&self) -> bool {
        let t = self.tok();
        can_start_test(t)
            || matches!(
                t,
                Tok::Star
                    | Tok::KwDel
                    | Tok::KwPass
                    | Tok::KwBreak
                    | Tok::KwContinue
                    | Tok::KwReturn
                    | Tok::KwRaise
                    | Tok::KwYield
                    | Tok::KwImport
                    | Tok::KwFrom
                    | Tok::KwGlobal
                    | Tok::KwNonlocal
                    | Tok::KwAssert
                    | Tok::KwIf
                    | Tok::KwWhile
                    | Tok::KwFor
                    | Tok::KwTry
                    | Tok::KwWith
                    | Tok::KwDef
                    | Tok::KwClass
                    | Tok::At
                    | Tok::KwAsync
            )
    }

    fn simple_stmt(&mut self) -> Result<()> {
        loop {
            let s = self.small_stmt()?;
            self.scratch_push(s.0)?;
            if self.tok() == Tok::Semicolon {
                self.advance()?;
                if self.can_start_small_stmt() {
                    continue;
                }
            }
            break;
        }
        self.expect(Tok::Newline)
    }

    fn can_start_small_stmt(&self) -> bool {
        let t = self.tok();
        can_start_test(t)
            || matches!(
                t,
                Tok::Star
                    | Tok::KwDel
                    | Tok::KwPass
                    | Tok::KwBreak
                    | Tok::KwContinue
                    | Tok::KwReturn
                    | Tok::KwRaise
                    | Tok::KwYield
                    | Tok::KwImport
                    | Tok::KwFrom
                    | Tok::KwGlobal
                    | Tok::KwNonlocal
                    | Tok::KwAssert
            )
    }

    fn small_stmt(&mut self) -> Result<StmtId> {
        let line = self.tok_line();
        match self.tok() {
            Tok::KwDel => {
                self.advance()?;
                let e = self.exprlist()?;
                self.stmt(line, StmtKind::Del(e))
            }
            Tok::KwPass => {
                self.advance()?;
                self.stmt(line, StmtKind::Pass)
            }
            Tok::KwBreak => {
                self.advance()?;
                self.stmt(line, StmtKind::Break)
            }
            Tok::KwContinue => {
                self.advance()?;
                self.stmt(line, StmtKind::Continue)
            }
            Tok::KwReturn => {
                self.advance()?;
                let v = if can_start_test(self.tok()) {
                    Some(self.testlist()?)
                } else {
                    None
                };
                self.stmt(line, StmtKind::Return(v))
            }
            Tok::KwRaise => {
                self.advance()?;
                let mut exc = None;
                let mut cause = None;
                if can_start_test(self.tok()) {
                    exc = Some(self.test()?);
                    if self.accept(Tok::KwFrom)? {
                        cause = Some(self.test()?);
                    }
                }
                self.stmt(line, StmtKind::Raise(exc, cause))
            }
            Tok::KwYield => {
                let e = self.yield_expr()?;
                self.stmt(line, StmtKind::Expr(e))
            }
            Tok::KwImport => self.import_name(),
            Tok::KwFrom => self.import_from(),
            Tok::KwGlobal | Tok::KwNonlocal => {
                let global = self.tok() == Tok::KwGlobal;
                self.advance()?;
                let base = self.scratch.len();
                loop {
                    let n = self.name()?;
                    self.scratch_push(n.0)?;
                    if !self.accept(Tok::Comma)? {
                        break;
                    }
                }
                let l = self.finish(base)?;
                self.stmt(
                    line,
                    if global {
                        StmtKind::Global(l)
                    } else {
                        StmtKind::Nonlocal(l)
                    },
                )
            }
            Tok::KwAssert => {
                self.advance()?;
                let t = self.test()?;
                let m = if self.accept(Tok::Comma)? {
                    Some(self.test()?)
                } else {
                    None
                };
                self.stmt(line, StmtKind::Assert(t, m))
            }
            _ => self.expr_stmt(),
        }
    }

    fn expr_stmt(&mut self) -> Result<StmtId> {
        let line = self.tok_line();
        let lhs = self.testlist_star_expr()?;
        let t = self.tok();
        if t == Tok::Colon {
            self.advance()?;
            let ann = self.test()?;
            let value = if self.accept(Tok::Equal)? {
                Some(self.assign_rhs(true)?)
            } else {
                None
            };
            if let Some(v) = value
                && let Some(s) = self.try_const(line, lhs, v)?
            {
                return Ok(s);
            }
            return self.stmt(
                line,
                StmtKind::AnnAssign {
                    target: lhs,
                    annotation: ann,
                    value,
                },
            );
        }
        if let Some(op) = augassign_op(t) {
            self.advance()?;
            let value = self.assign_rhs(false)?;
            return self.stmt(
                line,
                StmtKind::AugAssign {
                    target: lhs,
                    op,
                    value,
                },
            );
        }
        if t == Tok::Equal {
            let base = self.scratch.len();
            self.scratch_push(lhs.0)?;
            let mut value = lhs;
            while self.accept(Tok::Equal)? {
                value = self.assign_rhs(true)?;
                self.scratch_push(value.0)?;
            }
            self.scratch.pop();
            let targets = self.finish(base)?;
            if targets.len == 1
                && let Some(s) = self.try_const(line, lhs, value)?
            {
                return Ok(s);
            }
            return self.stmt(line, StmtKind::Assign { targets, value });
        }
        if fold::is_lonely_const(&self.kind(lhs)) {
            return self.stmt(line, StmtKind::Pass);
        }
        self.stmt(line, StmtKind::Expr(lhs))
    }

    /// Recognises `NAME = const(value)`; records the value and returns the replacement
    /// statement.
    fn try_const(&mut self, line: u32, target: ExprId, value: ExprId) -> Result<Option<StmtId>> {
        let ExprKind::Name(name) = self.kind(target) else {
            return Ok(None);
        };
        let ExprKind::Trailers { atom, trailers } = self.kind(value) else {
            return Ok(None);
        };
        if trailers.len != 1 {
            return Ok(None);
        }
        let ExprKind::Name(callee) = self.kind(atom) else {
            return Ok(None);
        };
        if self.ast.names.get(callee) != b"const" {
            return Ok(None);
        }
        let tr = self.ast.trailers[self.ast.list(trailers)[0] as usize];
        let TrailerKind::Call(args) = tr.kind else {
            return Ok(None);
        };
        let const_line = self.ast.expr(value).line;
        let arg = if args.len == 1 {
            match self.ast.args[self.ast.list(args)[0] as usize].kind {
                ArgKind::Pos(e) if fold::is_const(&self.kind(e)) => Some(e),
                _ => None,
            }
        } else {
            None
        };
        let Some(arg) = arg else {
            return Err(CompileError::syntax("not a constant", const_line));
        };
        push(&mut self.consts, (name, arg))?;
        if self.ast.names.get(name).first() == Some(&b'_') {
            // MicroPython drops the statement without a line (no line-table entry).
            return Ok(Some(self.stmt(0, StmtKind::Pass)?));
        }
        let base = self.scratch.len();
        self.scratch_push(target.0)?;
        let targets = self.finish(base)?;
        Ok(Some(self.stmt(
            line,
            StmtKind::Assign {
                targets,
                value: arg,
            },
        )?))
    }

    fn assign_rhs(&mut self, star_ok: bool) -> Result<ExprId> {
        if self.tok() == Tok::KwYield {
            self.yield_expr()
        } else if star_ok {
            self.testlist_star_expr()
        } else {
            self.testlist()
        }
    }

    fn dotted_name(&mut self) -> Result<(Sym, List)> {
        let base = self.scratch.len();
        let first = self.name()?;
        self.scratch_push(first.0)?;
        while self.tok() == Tok::Period {
            self.advance()?;
            let n = self.name()?;
            self.scratch_push(n.0)?;
        }
        let parts = self.finish(base)?;
        let sym = if parts.len == 1 {
            first
        } else {
            self.join_dotted(parts)?
        };
        Ok((sym, parts))
    }

    fn join_dotted(&mut self, parts: List) -> Result<Sym> {
        let mut buf: Vec<u8, A> = Vec::new_in(self.alloc.clone());
        for (i, &p) in self.ast.list(parts).iter().enumerate() {
            if i > 0 {
                push(&mut buf, b'.')?;
            }
            crate::util::extend(&mut buf, self.ast.names.get(Sym(p)))?;
        }
        self.intern_internal(&buf)
    }

    fn import_name(&mut self) -> Result<StmtId> {
        let line = self.tok_line();
        self.advance()?;
        let base = self.scratch.len();
        loop {
            let (name, parts) = self.dotted_name()?;
            let asname = if self.accept(Tok::KwAs)? {
                Some(self.name()?)
            } else {
                None
            };
            let a = self.ast.add_alias(Alias {
                name,
                parts,
                asname,
            })?;
            self.scratch_push(a.0)?;
            if !self.accept(Tok::Comma)? {
                break;
            }
        }
        let l = self.finish(base)?;
        self.stmt(line, StmtKind::Import(l))
    }

    fn import_from(&mut self) -> Result<StmtId> {
        let line = self.tok_line();
        self.advance()?;
        let mut level = 0;
        loop {
            match self.tok() {
                Tok::Period => level += 1,
                Tok::Ellipsis => level += 3,
                _ => break,
            }
            self.advance()?;
        }
        let module = if level == 0 || self.tok() == Tok::Name {
            Some(self.dotted_name()?.0)
        } else {
            None
        };
        self.expect(Tok::KwImport)?;
        if self.accept(Tok::Star)? {
            return self.stmt(
                line,
                StmtKind::ImportFrom {
                    level,
                    module,
                    names: None,
                },
            );
        }
        let paren = self.accept(Tok::ParenOpen)?;
        let base = self.scratch.len();
        loop {
            let name = self.name()?;
            let asname = if self.accept(Tok::KwAs)? {
                Some(self.name()?)
            } else {
                None
            };
            let pb = self.scratch.len();
            self.scratch_push(name.0)?;
            let parts = self.finish(pb)?;
            let a = self.ast.add_alias(Alias {
                name,
                parts,
                asname,
            })?;
            self.scratch_push(a.0)?;
            if !self.accept(Tok::Comma)? || self.tok() != Tok::Name {
                break;
            }
        }
        let names = self.finish(base)?;
        if paren {
            self.expect(Tok::ParenClose)?;
        }
        self.stmt(
            line,
            StmtKind::ImportFrom {
                level,
                module,
                names: Some(names),
            },
        )
    }

    fn if_stmt(&mut self) -> Result<StmtId> {
        let line = self.tok_line();
        let base = self.scratch.len();
        let mut bline = line;
        self.advance()?;
        loop {
            let test = self.namedexpr_test()?;
            self.expect(Tok::Colon)?;
            let body = self.suite()?;
            let b = self.ast.add_branch(Branch {
                line: bline,
                test,
                body,
            })?;
            self.scratch_push(b.0)?;
            if self.tok() == Tok::KwElif {
                bline = self.tok_line();
                self.advance()?;
            } else {
                break;
            }
        }
        let branches = self.finish(base)?;
        let orelse = self.else_clause()?;
        self.stmt(line, StmtKind::If { branches, orelse })
    }

    fn else_clause(&mut self) -> Result<Option<List>> {
        if self.accept(Tok::KwElse)? {
            self.expect(Tok::Colon)?;
            Ok(Some(self.suite()?))
        } else {
            Ok(None)
        }
    }

    fn while_stmt(&mut self) -> Result<StmtId> {
        let line = self.tok_line();
        self.advance()?;
        let test = self.namedexpr_test()?;
        self.expect(Tok::Colon)?;
        let body = self.suite()?;
        let orelse = self.else_clause()?;
        self.stmt(line, StmtKind::While { test, body, orelse })
    }

    fn for_stmt(&mut self, is_async: bool, line: u32) -> Result<StmtId> {
        self.expect(Tok::KwFor)?;
        let target = self.exprlist()?;
        self.expect(Tok::KwIn)?;
        let iter = self.testlist()?;
        self.expect(Tok::Colon)?;
        let body = self.suite()?;
        let orelse = self.else_clause()?;
        self.stmt(
            line,
            StmtKind::For {
                is_async,
                target,
                iter,
                body,
                orelse,
            },
        )
    }

    fn try_stmt(&mut self) -> Result<StmtId> {
        let line = self.tok_line();
        self.advance()?;
        self.expect(Tok::Colon)?;
        let body = self.suite()?;
        let base = self.scratch.len();
        if self.tok() == Tok::KwFinally {
            let handlers = self.finish(base)?;
            self.advance()?;
            self.expect(Tok::Colon)?;
            let fin = self.suite()?;
            return self.stmt(
                line,
                StmtKind::Try {
                    body,
                    handlers,
                    orelse: None,
                    finalbody: Some(fin),
                },
            );
        }
        if self.tok() != Tok::KwExcept {
            return Err(self.error());
        }
        while self.tok() == Tok::KwExcept {
            let hline = self.tok_line();
            self.advance()?;
            let mut typ = None;
            let mut name = None;
            if self.tok() != Tok::Colon {
                typ = Some(self.test()?);
                if self.accept(Tok::KwAs)? {
                    name = Some(self.name()?);
                }
            }
            self.expect(Tok::Colon)?;
            let hbody = self.suite()?;
            let h = self.ast.add_handler(Handler {
                line: hline,
                typ,
                name,
                body: hbody,
            })?;
            self.scratch_push(h.0)?;
        }
        let handlers = self.finish(base)?;
        let orelse = self.else_clause()?;
        let finalbody = if self.accept(Tok::KwFinally)? {
            self.expect(Tok::Colon)?;
            Some(self.suite()?)
        } else {
            None
        };
        self.stmt(
            line,
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            },
        )
    }

    fn with_stmt(&mut self, is_async: bool, line: u32) -> Result<StmtId> {
        self.expect(Tok::KwWith)?;
        let base = self.scratch.len();
        loop {
            let ctx = self.test()?;
            let target = if self.accept(Tok::KwAs)? {
                Some(self.expr_level()?)
            } else {
                None
            };
            let w = self.ast.add_with_item(WithItem { ctx, target })?;
            self.scratch_push(w.0)?;
            if !self.accept(Tok::Comma)? {
                break;
            }
        }
        let items = self.finish(base)?;
        self.expect(Tok::Colon)?;
        let body = self.suite()?;
        self.stmt(
            line,
            StmtKind::With {
                is_async,
                items,
                body,
            },
        )
    }

    fn async_stmt(&mut self) -> Result<StmtId> {
        let line = self.tok_line();
        self.advance()?;
        match self.tok() {
            Tok::KwDef => self.funcdef(List::EMPTY, true, line),
            Tok::KwWith => self.with_stmt(true, line),
            Tok::KwFor => self.for_stmt(true, line),
            _ => Err(self.error()),
        }
    }

    fn decorated(&mut self) -> Result<StmtId> {
        let line = self.tok_line();
        let base = self.scratch.len();
        while self.tok() == Tok::At {
            let dline = self.tok_line();
            self.advance()?;
            let first_line = self.tok_line();
            let n = self.name()?;
            let atom = self.expr(first_line, ExprKind::Name(n))?;
            let tbase = self.scratch.len();
            while self.tok() == Tok::Period {
                let tl = self.tok_line();
                self.advance()?;
                let a = self.name()?;
                let t = self.ast.add_trailer(Trailer {
                    line: tl,
                    kind: TrailerKind::Attr(a),
                })?;
                self.scratch_push(t.0)?;
            }
            if self.tok() == Tok::ParenOpen {
                let tl = self.tok_line();
                let args = self.call_args()?;
                let t = self.ast.add_trailer(Trailer {
                    line: tl,
                    kind: TrailerKind::Call(args),
                })?;
                self.scratch_push(t.0)?;
            }
            let trailers = self.finish(tbase)?;
            let d = if trailers.is_empty() {
                atom
            } else {
                self.expr(dline.max(first_line), ExprKind::Trailers { atom, trailers })?
            };
            self.scratch_push(d.0)?;
            self.expect(Tok::Newline)?;
        }
        let decorators = self.finish(base)?;
        match self.tok() {
            Tok::KwDef => self.funcdef(decorators, false, line),
            Tok::KwClass => self.classdef(decorators, line),
            Tok::KwAsync => {
                self.advance()?;
                if self.tok() != Tok::KwDef {
                    return Err(self.error());
                }
                self.funcdef(decorators, true, line)
            }
            _ => Err(self.error()),
        }
    }

    fn funcdef(&mut self, decorators: List, is_async: bool, stmt_line: u32) -> Result<StmtId> {
        let line = self.tok_line();
        self.expect(Tok::KwDef)?;
        let name = self.name()?;
        self.expect(Tok::ParenOpen)?;
        let params = self.params(true, Tok::ParenClose)?;
        self.expect(Tok::ParenClose)?;
        let returns = if self.accept(Tok::Arrow)? {
            Some(self.test()?)
        } else {
            None
        };
        self.expect(Tok::Colon)?;
        let body = self.suite()?;
        let f = self.ast.add_func(Func {
            line,
            name,
            params,
            returns,
            body,
            lambda_body: None,
            decorators,
            is_async,
            is_lambda: false,
        })?;
        self.stmt(stmt_line, StmtKind::FunctionDef(f))
    }

    /// Parameters of a def (`typed`, with annotations) or lambda, up to `end`.
    fn params(&mut self, typed: bool, end: Tok) -> Result<List> {
        let base = self.scratch.len();
        while self.tok() != end {
            let line = self.tok_line();
            let p = match self.tok() {
                Tok::Star => {
                    self.advance()?;
                    if self.tok() == Tok::Name {
                        let name = self.name()?;
                        let annotation = if typed && self.accept(Tok::Colon)? {
                            Some(self.test()?)
                        } else {
                            None
                        };
                        Param {
                            line,
                            kind: ParamKind::Star,
                            name,
                            default: None,
                            annotation,
                        }
                    } else {
                        Param {
                            line,
                            kind: ParamKind::BareStar,
                            name: Sym(u32::MAX),
                            default: None,
                            annotation: None,
                        }
                    }
                }
                Tok::DblStar => {
                    self.advance()?;
                    let name = self.name()?;
                    let annotation = if typed && self.accept(Tok::Colon)? {
                        Some(self.test()?)
                    } else {
                        None
                    };
                    Param {
                        line,
                        kind: ParamKind::DblStar,
                        name,
                        default: None,
                        annotation,
                    }
                }
                Tok::Name => {
                    let name = self.name()?;
                    let annotation = if typed && self.accept(Tok::Colon)? {
                        Some(self.test()?)
                    } else {
                        None
                    };
                    let default = if self.accept(Tok::Equal)? {
                        Some(self.test()?)
                    } else {
                        None
                    };
                    Param {
                        line,
                        kind: ParamKind::Normal,
                        name,
                        default,
                        annotation,
                    }
                }
                _ => return Err(self.error()),
            };
            let id = self.ast.add_param(p)?;
            self.scratch_push(id.0)?;
            if !self.accept(Tok::Comma)? {
                break;
            }
        }
        self.finish(base)
    }

    fn classdef(&mut self, decorators: List, stmt_line: u32) -> Result<StmtId> {
        let line = self.tok_line();
        self.expect(Tok::KwClass)?;
        let name = self.name()?;
        let args = if self.tok() == Tok::ParenOpen {
            Some(self.call_args()?)
        } else {
            None
        };
        self.expect(Tok::Colon)?;
        let body = self.suite()?;
        let c = self.ast.add_class(Class {
            line,
            name,
            args,
            body,
            decorators,
        })?;
        self.stmt(stmt_line, StmtKind::ClassDef(c))
    }

    // ----- expression lists -----

    /// `testlist_star_expr`: the sides of an assignment or an expression statement.
    fn testlist_star_expr(&mut self) -> Result<ExprId> {
        self.list_of(
            |p| {
                if p.tok() == Tok::Star {
                    p.star_expr()
                } else {
                    p.test()
                }
            },
            |t| can_start_test(t) || t == Tok::Star,
            true,
        )
    }

    /// `testlist`: return values, `for` iterables, augmented-assignment values.
    fn testlist(&mut self) -> Result<ExprId> {
        self.list_of(|p| p.test(), can_start_test, true)
    }

    /// `exprlist`: `for` targets and `del` operands (never a constant tuple).
    fn exprlist(&mut self) -> Result<ExprId> {
        self.list_of(
            |p| {
                if p.tok() == Tok::Star {
                    p.star_expr()
                } else {
                    p.expr_level()
                }
            },
            |t| can_start_expr(t) || t == Tok::Star,
            false,
        )
    }

    fn list_of(
        &mut self,
        item: impl Fn(&mut Self) -> Result<ExprId>,
        starts: impl Fn(Tok) -> bool,
        const_tuple: bool,
    ) -> Result<ExprId> {
        let line = self.tok_line();
        let first = item(self)?;
        if self.tok() != Tok::Comma {
            return Ok(first);
        }
        let base = self.scratch.len();
        self.scratch_push(first.0)?;
        while self.accept(Tok::Comma)? {
            if !starts(self.tok()) {
                break;
            }
            let e = item(self)?;
            self.scratch_push(e.0)?;
        }
        let items = self.finish(base)?;
        self.make_tuple(line, line, items, false, const_tuple)
    }

    /// A tuple display: `line` is the display's line, `const_line` the line a constant tuple
    /// gets.
    fn make_tuple(
        &mut self,
        line: u32,
        const_line: u32,
        items: List,
        paren: bool,
        const_tuple: bool,
    ) -> Result<ExprId> {
        if const_tuple
            && !items.is_empty()
            && self
                .ast
                .exprs_of(items)
                .all(|e| fold::is_const(&self.ast.expr(e).kind))
        {
            return self.expr(const_line, ExprKind::ConstTuple(items));
        }
        self.expr(line, ExprKind::Tuple { items, paren })
    }

    fn star_expr(&mut self) -> Result<ExprId> {
        let line = self.tok_line();
        self.expect(Tok::Star)?;
        let e = self.expr_level()?;
        self.expr(line, ExprKind::Star(e))
    }

    // ----- expressions -----

    fn namedexpr_test(&mut self) -> Result<ExprId> {
        let line = self.tok_line();
        let t = self.test()?;
        if self.accept(Tok::Walrus)? {
            let v = self.test()?;
            return self.expr(line, ExprKind::Walrus(t, v));
        }
        Ok(t)
    }

    fn test(&mut self) -> Result<ExprId> {
        self.enter()?;
        let r = self.test_inner(false);
        self.leave();
        r
    }

    fn test_nocond(&mut self) -> Result<ExprId> {
        self.enter()?;
        let r = self.test_inner(true);
        self.leave();
        r
    }

    fn test_inner(&mut self, nocond: bool) -> Result<ExprId> {
        if self.tok() == Tok::KwLambda {
            return self.lambdef(nocond);
        }
        let line = self.tok_line();
        let body = self.or_test()?;
        if nocond || self.tok() != Tok::KwIf {
            return Ok(body);
        }
        self.advance()?;
        let test = self.or_test()?;
        self.expect(Tok::KwElse)?;
        let orelse = self.test()?;
        self.expr(line, ExprKind::IfExp { test, body, orelse })
    }

    fn lambdef(&mut self, nocond: bool) -> Result<ExprId> {
        let line = self.tok_line();
        self.expect(Tok::KwLambda)?;
        let params = self.params(false, Tok::Colon)?;
        self.expect(Tok::Colon)?;
        let body = if nocond {
            self.test_nocond()?
        } else {
            self.test()?
        };
        let name = self.intern_internal(b"<lambda>")?;
        let f = self.ast.add_func(Func {
            line,
            name,
            params,
            returns: None,
            body: List::EMPTY,
            lambda_body: Some(body),
            decorators: List::EMPTY,
            is_async: false,
            is_lambda: true,
        })?;
        self.expr(line, ExprKind::Lambda(f))
    }

    fn or_test(&mut self) -> Result<ExprId> {
        self.bool_chain(true)
    }

    fn bool_chain(&mut self, is_or: bool) -> Result<ExprId> {
        let line = self.tok_line();
        let (kw, sub): (Tok, fn(&mut Self) -> Result<ExprId>) = if is_or {
            (Tok::KwOr, |p| p.bool_chain(false))
        } else {
            (Tok::KwAnd, |p| p.not_test())
        };
        let first = sub(self)?;
        if self.tok() != kw {
            return Ok(first);
        }
        let base = self.scratch.len();
        self.scratch_push(first.0)?;
        while self.accept(kw)? {
            let e = sub(self)?;
            self.scratch_push(e.0)?;
        }
        // Folding (§13.2): with `or`, constant-false operands are dropped (except the last)
        // and everything after the first constant-true operand goes; `and` mirrors it.
        let all: Vec<u32, A> = {
            let mut v = Vec::new_in(self.alloc.clone());
            v.try_reserve(self.scratch.len() - base)
                .map_err(|_| CompileError::memory())?;
            v.extend_from_slice(&self.scratch[base..]);
            v
        };
        self.scratch.truncate(base);
        let n = all.len();
        for (i, &e) in all.iter().enumerate() {
            match fold::truthiness(&self.ast.expr(ExprId(e)).kind) {
                Some(t) if t == is_or => {
                    self.scratch_push(e)?;
                    break;
                }
                Some(_) if i + 1 < n => {}
                _ => self.scratch_push(e)?,
            }
        }
        if self.scratch.len() - base == 1 {
            let e = self.scratch.pop().unwrap_or(first.0);
            return Ok(ExprId(e));
        }
        let l = self.finish(base)?;
        self.expr(
            line,
            if is_or {
                ExprKind::Or(l)
            } else {
                ExprKind::And(l)
            },
        )
    }

    fn not_test(&mut self) -> Result<ExprId> {
        if self.tok() != Tok::KwNot {
            return self.comparison();
        }
        let line = self.tok_line();
        self.advance()?;
        self.enter()?;
        let e = self.not_test();
        self.leave();
        let e = e?;
        match fold::truthiness(&self.kind(e)) {
            Some(true) => self.expr(line, ExprKind::False),
            Some(false) => self.expr(line, ExprKind::True),
            None => self.expr(line, ExprKind::Not(e)),
        }
    }

    fn comparison(&mut self) -> Result<ExprId> {
        let line = self.tok_line();
        let first = self.expr_level()?;
        let Some(_) = comp_op(self.tok()) else {
            return Ok(first);
        };
        let base = self.scratch.len();
        self.scratch_push(first.0)?;
        let mut ops: Vec<u32, A> = Vec::new_in(self.alloc.clone());
        while let Some(mut op) = comp_op(self.tok()) {
            self.advance()?;
            if op == CmpOp::NotIn {
                self.expect(Tok::KwIn)?;
            } else if op == CmpOp::Is && self.accept(Tok::KwNot)? {
                op = CmpOp::IsNot;
            }
            push(&mut ops, op as u32)?;
            let e = self.expr_level()?;
            self.scratch_push(e.0)?;
        }
        let operands = self.finish(base)?;
        let obase = self.scratch.len();
        for &o in ops.iter() {
            self.scratch_push(o)?;
        }
        let ops = self.finish(obase)?;
        self.expr(line, ExprKind::Compare { operands, ops })
    }

    /// `expr`: the `|` level (and everything below it).
    fn expr_level(&mut self) -> Result<ExprId> {
        self.binary(0)
    }

    fn binary(&mut self, level: u8) -> Result<ExprId> {
        if level == 6 {
            return self.factor();
        }
        let line = self.tok_line();
        let first = self.binary(level + 1)?;
        let op_of = |t: Tok| -> Option<BinOp> {
            Some(match (level, t) {
                (0, Tok::Pipe) => BinOp::Or,
                (1, Tok::Caret) => BinOp::Xor,
                (2, Tok::Ampersand) => BinOp::And,
                (3, Tok::DblLess) => BinOp::LShift,
                (3, Tok::DblMore) => BinOp::RShift,
                (4, Tok::Plus) => BinOp::Add,
                (4, Tok::Minus) => BinOp::Sub,
                (5, Tok::Star) => BinOp::Mul,
                (5, Tok::At) => BinOp::MatMul,
                (5, Tok::Slash) => BinOp::TrueDiv,
                (5, Tok::Percent) => BinOp::Mod,
                (5, Tok::DblSlash) => BinOp::FloorDiv,
                _ => return None,
            })
        };
        if op_of(self.tok()).is_none() {
            return Ok(first);
        }
        let base = self.scratch.len();
        self.scratch_push(first.0)?;
        let mut ops: Vec<u32, A> = Vec::new_in(self.alloc.clone());
        while let Some(op) = op_of(self.tok()) {
            self.advance()?;
            push(&mut ops, op as u32)?;
            let e = self.binary(level + 1)?;
            self.scratch_push(e.0)?;
        }
        // Fold the whole chain or nothing.
        let mut nums: Vec<fold::Num, A> = Vec::new_in(self.alloc.clone());
        let mut all_num = true;
        for &e in &self.scratch[base..] {
            match fold::as_num(&self.ast.expr(ExprId(e)).kind) {
                Some(n) => push(&mut nums, n)?,
                None => {
                    all_num = false;
                    break;
                }
            }
        }
        if all_num {
            let mut bops: Vec<BinOp, A> = Vec::new_in(self.alloc.clone());
            for &o in ops.iter() {
                push(&mut bops, binop_from_u32(o))?;
            }
            if let Some(v) = fold::fold_chain(&nums, &bops) {
                self.scratch.truncate(base);
                return self.expr(0, fold::from_num(v));
            }
        }
        if let Some(k) = self.fold_big(base, &ops)? {
            self.scratch.truncate(base);
            return self.expr(0, k);
        }
        let operands = self.finish(base)?;
        let obase = self.scratch.len();
        for &o in ops.iter() {
            self.scratch_push(o)?;
        }
        let ops = self.finish(obase)?;
        self.expr(line, ExprKind::BinChain { operands, ops })
    }

    /// A numeric constant as an unbounded value (for folding beyond `i128`).
    fn big_val(&self, e: ExprId) -> Result<Option<bigint::Val<A>>> {
        Ok(Some(match self.kind(e) {
            ExprKind::Int(v) => bigint::Val::Int(bigint::Big::from_i128(v.get(), &self.alloc)?),
            ExprKind::BigInt(r) => bigint::Val::Int(bigint::Big::from_decimal(
                self.ast.bytes_of(r),
                &self.alloc,
            )?),
            ExprKind::Float(f) => bigint::Val::Float(f),
            _ => return Ok(None),
        }))
    }

    /// The node kind of a folded value.
    fn big_kind(&mut self, v: bigint::Val<A>) -> Result<ExprKind> {
        Ok(match v {
            bigint::Val::Float(f) => ExprKind::Float(f),
            bigint::Val::Int(b) => match b.to_i128() {
                Some(i) => ExprKind::Int(IntVal::new(i)),
                None => {
                    let mut text: Vec<u8, A> = Vec::new_in(self.alloc.clone());
                    b.write_decimal(&mut text, &self.alloc)?;
                    ExprKind::BigInt(self.ast.add_bytes(&text)?)
                }
            },
        })
    }

    /// Folds the operator chain in `scratch[base..]` with unbounded ints, when the fast
    /// `i128` folding could not (a big operand, or an intermediate overflow).
    fn fold_big(&mut self, base: usize, ops: &[u32]) -> Result<Option<ExprKind>> {
        let n = self.scratch.len() - base;
        let mut acc = None;
        for k in 0..n {
            let e = ExprId(self.scratch[base + k]);
            let Some(v) = self.big_val(e)? else {
                return Ok(None);
            };
            acc = match acc {
                None => Some(v),
                Some(a) => match bigint::binop(binop_from_u32(ops[k - 1]), &a, &v, &self.alloc)? {
                    Some(r) => Some(r),
                    None => return Ok(None),
                },
            };
        }
        match acc {
            Some(v) if n > 1 => Ok(Some(self.big_kind(v)?)),
            _ => Ok(None),
        }
    }

    fn factor(&mut self) -> Result<ExprId> {
        let op = match self.tok() {
            Tok::Plus => UnaryOp::Pos,
            Tok::Minus => UnaryOp::Neg,
            Tok::Tilde => UnaryOp::Invert,
            _ => return self.power(),
        };
        let line = self.tok_line();
        self.advance()?;
        self.enter()?;
        let e = self.factor();
        self.leave();
        let e = e?;
        if let Some(n) = fold::as_num(&self.kind(e))
            && let Some(v) = fold::unary(op, n)
        {
            return self.expr(0, fold::from_num(v));
        }
        if let Some(v) = self.big_val(e)?
            && let Some(r) = bigint::unary(op, v, &self.alloc)?
        {
            let k = self.big_kind(r)?;
            return self.expr(0, k);
        }
        self.expr(line, ExprKind::Unary(op, e))
    }

    fn power(&mut self) -> Result<ExprId> {
        let line = self.tok_line();
        let base = self.atom_expr()?;
        if self.tok() != Tok::DblStar {
            return Ok(base);
        }
        self.advance()?;
        self.enter()?;
        let exp = self.factor();
        self.leave();
        let exp = exp?;
        if let (Some(a), Some(b)) = (
            fold::as_num(&self.kind(base)),
            fold::as_num(&self.kind(exp)),
        ) && let Some(v) = fold::binop(BinOp::Pow, a, b)
        {
            return self.expr(0, fold::from_num(v));
        }
        if let (Some(a), Some(b)) = (self.big_val(base)?, self.big_val(exp)?)
            && let Some(r) = bigint::binop(BinOp::Pow, &a, &b, &self.alloc)?
        {
            let k = self.big_kind(r)?;
            return self.expr(0, k);
        }
        self.expr(line, ExprKind::Power(base, exp))
    }

    fn atom_expr(&mut self) -> Result<ExprId> {
        if self.tok() == Tok::KwAwait {
            let line = self.tok_line();
            self.advance()?;
            let e = self.atom_trailers()?;
            return self.expr(line, ExprKind::Await(e));
        }
        self.atom_trailers()
    }

    fn atom_trailers(&mut self) -> Result<ExprId> {
        let line = self.tok_line();
        let atom = self.atom()?;
        if !matches!(self.tok(), Tok::ParenOpen | Tok::BracketOpen | Tok::Period) {
            return Ok(atom);
        }
        let base = self.scratch.len();
        loop {
            let tl = self.tok_line();
            let kind = match self.tok() {
                Tok::ParenOpen => TrailerKind::Call(self.call_args()?),
                Tok::BracketOpen => {
                    self.advance()?;
                    let i = self.subscriptlist()?;
                    self.expect(Tok::BracketClose)?;
                    TrailerKind::Index(i)
                }
                Tok::Period => {
                    self.advance()?;
                    TrailerKind::Attr(self.name()?)
                }
                _ => break,
            };
            let t = self.ast.add_trailer(Trailer { line: tl, kind })?;
            self.scratch_push(t.0)?;
        }
        let trailers = self.finish(base)?;
        // `math.NAME` folds to the float when NAME is one of the module's constants.
        if trailers.len == 1
            && let ExprKind::Name(m) = self.kind(atom)
            && self.ast.names.get(m) == b"math"
            && let TrailerKind::Attr(a) =
                self.ast.trailers[self.ast.list(trailers)[0] as usize].kind
            && let Some(v) = fold::math_const(self.ast.names.get(a))
        {
            return self.expr(0, ExprKind::Float(v));
        }
        self.expr(line, ExprKind::Trailers { atom, trailers })
    }

    fn call_args(&mut self) -> Result<List> {
        self.expect(Tok::ParenOpen)?;
        let base = self.scratch.len();
        while self.tok() != Tok::ParenClose {
            let line = self.tok_line();
            let kind = match self.tok() {
                Tok::Star => {
                    self.advance()?;
                    ArgKind::Star(self.test()?)
                }
                Tok::DblStar => {
                    self.advance()?;
                    ArgKind::DblStar(self.test()?)
                }
                t if can_start_test(t) => {
                    let e = self.test()?;
                    match self.tok() {
                        Tok::KwFor => {
                            let c = self.comprehension(line, line, CompKind::Gen, e, None)?;
                            if let ExprKind::Comp { bare_arg, .. } =
                                &mut self.ast.exprs[c.0 as usize].kind
                            {
                                *bare_arg = true;
                            }
                            ArgKind::Pos(c)
                        }
                        Tok::Equal => {
                            self.advance()?;
                            ArgKind::Keyword(e, self.test()?)
                        }
                        Tok::Walrus => {
                            self.advance()?;
                            let v = self.test()?;
                            ArgKind::Pos(self.expr(line, ExprKind::Walrus(e, v))?)
                        }
                        _ => ArgKind::Pos(e),
                    }
                }
                _ => return Err(self.error()),
            };
            let a = self.ast.add_arg(Arg { line, kind })?;
            self.scratch_push(a.0)?;
            if !self.accept(Tok::Comma)? {
                break;
            }
        }
        self.expect(Tok::ParenClose)?;
        self.finish(base)
    }

    fn subscriptlist(&mut self) -> Result<ExprId> {
        self.list_of(
            |p| p.subscript(),
            |t| can_start_test(t) || t == Tok::Colon,
            true,
        )
    }

    fn subscript(&mut self) -> Result<ExprId> {
        let line = self.tok_line();
        let lo = if self.tok() == Tok::Colon {
            None
        } else {
            Some(self.test()?)
        };
        if self.tok() != Tok::Colon {
            return lo.ok_or_else(|| self.error());
        }
        self.advance()?;
        let hi = if can_start_test(self.tok()) {
            Some(self.test()?)
        } else {
            None
        };
        let mut step = None;
        let mut has_step = false;
        if self.accept(Tok::Colon)? {
            has_step = true;
            if can_start_test(self.tok()) {
                step = Some(self.test()?);
            }
        }
        self.expr(
            line,
            ExprKind::Slice {
                lo,
                hi,
                step,
                has_step,
            },
        )
    }

    fn yield_expr(&mut self) -> Result<ExprId> {
        let line = self.tok_line();
        self.expect(Tok::KwYield)?;
        if self.accept(Tok::KwFrom)? {
            let e = self.test()?;
            return self.expr(line, ExprKind::YieldFrom(e));
        }
        let v = if can_start_test(self.tok()) {
            Some(self.testlist()?)
        } else {
            None
        };
        self.expr(line, ExprKind::Yield(v))
    }

    /// A comprehension; `line` is the enclosing display's line, `scope_line` the line of the
    /// element's first token (MicroPython's comprehension node starts there).
    fn comprehension(
        &mut self,
        line: u32,
        scope_line: u32,
        kind: CompKind,
        elt: ExprId,
        value: Option<ExprId>,
    ) -> Result<ExprId> {
        let base = self.scratch.len();
        while self.tok() == Tok::KwFor {
            self.advance()?;
            let target = self.exprlist()?;
            self.expect(Tok::KwIn)?;
            let iter = self.or_test()?;
            let c = self.ast.add_clause(CompClause::For {
                is_async: false,
                target,
                iter,
            })?;
            self.scratch_push(c.0)?;
            while self.tok() == Tok::KwIf {
                self.advance()?;
                let t = self.test_nocond()?;
                let c = self.ast.add_clause(CompClause::If(t))?;
                self.scratch_push(c.0)?;
            }
        }
        let clauses = self.finish(base)?;
        self.expr(
            line,
            ExprKind::Comp {
                scope_line,
                bare_arg: false,
                kind,
                elt,
                value,
                clauses,
            },
        )
    }

    fn atom(&mut self) -> Result<ExprId> {
        let line = self.tok_line();
        match self.tok() {
            Tok::Name => {
                let sym = self.name()?;
                if let Some(&(_, v)) = self.consts.iter().rev().find(|(n, _)| *n == sym) {
                    // A substituted value is a constant object unless it is a small int: so
                    // strings and singletons load with LOAD_CONST_OBJ.
                    let kind = match self.kind(v) {
                        ExprKind::Str { data, .. } => ExprKind::Str {
                            data,
                            interned: false,
                        },
                        ExprKind::True => ExprKind::ObjSingleton(Singleton::True),
                        ExprKind::False => ExprKind::ObjSingleton(Singleton::False),
                        ExprKind::None => ExprKind::ObjSingleton(Singleton::None),
                        k => k,
                    };
                    return self.expr(line, kind);
                }
                self.expr(line, ExprKind::Name(sym))
            }
            Tok::Integer => {
                let lit = parse_int(&self.lex.text, line, self.alloc.clone())?;
                self.advance()?;
                match lit {
                    IntLit::Small(v) => self.expr(line, ExprKind::Int(IntVal::new(v))),
                    IntLit::Big(digits) => {
                        let r = self.ast.add_bytes(&digits)?;
                        self.expr(line, ExprKind::BigInt(r))
                    }
                }
            }
            Tok::FloatOrImag => {
                let f = parse_float(&self.lex.text, line)?;
                self.advance()?;
                self.expr(
                    line,
                    if f.imag {
                        ExprKind::Imag(f.value)
                    } else {
                        ExprKind::Float(f.value)
                    },
                )
            }
            Tok::Str => {
                let text = &self.lex.text;
                let interned = text.len() <= SHORT_STR_MAX
                    || self.was_seen(text)
                    || (self.opts.is_preexisting_qstr)(text);
                let data = self.ast.add_bytes(&self.lex.text)?;
                self.advance()?;
                self.expr(line, ExprKind::Str { data, interned })
            }
            Tok::Bytes => {
                let data = self.ast.add_bytes(&self.lex.text)?;
                self.advance()?;
                self.expr(line, ExprKind::Bytes(data))
            }
            Tok::Ellipsis => {
                self.advance()?;
                self.expr(line, ExprKind::Ellipsis)
            }
            Tok::KwNone => {
                self.advance()?;
                self.expr(line, ExprKind::None)
            }
            Tok::KwTrue => {
                self.advance()?;
                self.expr(line, ExprKind::True)
            }
            Tok::KwFalse => {
                self.advance()?;
                self.expr(line, ExprKind::False)
            }
            Tok::KwDebug => {
                self.advance()?;
                self.expr(
                    line,
                    if self.opts.optimize == 0 {
                        ExprKind::True
                    } else {
                        ExprKind::False
                    },
                )
            }
            Tok::ParenOpen => {
                self.advance()?;
                self.enter()?;
                let r = self.paren_body(line);
                self.leave();
                r
            }
            Tok::BracketOpen => {
                self.advance()?;
                if self.accept(Tok::BracketClose)? {
                    return self.expr(line, ExprKind::List(List::EMPTY));
                }
                self.enter()?;
                let r = self.testlist_comp(line, Enclosure::Bracket);
                self.leave();
                let e = r?;
                self.expect(Tok::BracketClose)?;
                Ok(e)
            }
            Tok::BraceOpen => {
                self.advance()?;
                if self.accept(Tok::BraceClose)? {
                    return self.expr(line, ExprKind::Dict(List::EMPTY));
                }
                self.enter()?;
                let r = self.dictorsetmaker(line);
                self.leave();
                let e = r?;
                self.expect(Tok::BraceClose)?;
                Ok(e)
            }
            _ => Err(self.error()),
        }
    }

    fn paren_body(&mut self, line: u32) -> Result<ExprId> {
        if self.accept(Tok::ParenClose)? {
            return self.expr(
                line,
                ExprKind::Tuple {
                    items: List::EMPTY,
                    paren: true,
                },
            );
        }
        let e = if self.tok() == Tok::KwYield {
            self.yield_expr()?
        } else {
            self.testlist_comp(line, Enclosure::Paren)?
        };
        self.expect(Tok::ParenClose)?;
        Ok(e)
    }

    fn testlist_comp_item(&mut self) -> Result<ExprId> {
        if self.tok() == Tok::Star {
            self.star_expr()
        } else {
            self.namedexpr_test()
        }
    }

    fn testlist_comp(&mut self, line: u32, enc: Enclosure) -> Result<ExprId> {
        let item_line = self.tok_line();
        let first = self.testlist_comp_item()?;
        if self.tok() == Tok::KwFor {
            let kind = if enc == Enclosure::Paren {
                CompKind::Gen
            } else {
                CompKind::List
            };
            return self.comprehension(line, item_line, kind, first, None);
        }
        let base = self.scratch.len();
        self.scratch_push(first.0)?;
        let mut comma = false;
        // MicroPython builds a constant tuple of three or more items from the rule that
        // starts at the second item, so that item's line is the tuple's line (with one or
        // two items that rule collapses and the tuple starts at the first item).
        let mut second_line = item_line;
        while self.accept(Tok::Comma)? {
            if !(can_start_test(self.tok()) || self.tok() == Tok::Star) {
                comma = true;
                break;
            }
            if !comma {
                second_line = self.tok_line();
            }
            comma = true;
            let e = self.testlist_comp_item()?;
            self.scratch_push(e.0)?;
        }
        if enc == Enclosure::Paren && !comma {
            self.scratch.truncate(base);
            return Ok(first);
        }
        let items = self.finish(base)?;
        match enc {
            // A constant tuple replaces the inner node, which starts at the first item.
            Enclosure::Paren => {
                let const_line = if items.len >= 3 {
                    second_line
                } else {
                    item_line
                };
                self.make_tuple(line, const_line, items, true, true)
            }
            Enclosure::Bracket => self.expr(line, ExprKind::List(items)),
        }
    }

    fn dictorsetmaker(&mut self, line: u32) -> Result<ExprId> {
        // Items are (key, Some(value)) for dict items or (value, None) for set items; a mix
        // is a compile-time error, raised when the compiler reaches the display.
        let item_line = self.tok_line();
        let (k, v) = self.dict_item()?;
        if self.tok() == Tok::KwFor {
            let kind = if v.is_some() {
                CompKind::Dict
            } else {
                CompKind::Set
            };
            return self.comprehension(line, item_line, kind, k, v);
        }
        let is_dict = v.is_some();
        let mut mixed = false;
        let base = self.scratch.len();
        self.scratch_push(k.0)?;
        if let Some(v) = v {
            self.scratch_push(v.0)?;
        }
        while self.accept(Tok::Comma)? {
            if !can_start_test(self.tok()) {
                break;
            }
            let (k, v) = self.dict_item()?;
            if v.is_some() != is_dict {
                mixed = true;
            }
            self.scratch_push(k.0)?;
            if let Some(v) = v {
                self.scratch_push(v.0)?;
            }
        }
        if mixed {
            self.scratch.truncate(base);
            let msg = if is_dict {
                "expecting key:value for dict"
            } else {
                "expecting just a value for set"
            };
            return self.expr(item_line, ExprKind::Error(msg));
        }
        let items = self.finish(base)?;
        self.expr(
            line,
            if is_dict {
                ExprKind::Dict(items)
            } else {
                ExprKind::Set(items)
            },
        )
    }

    fn dict_item(&mut self) -> Result<(ExprId, Option<ExprId>)> {
        let k = self.test()?;
        if self.accept(Tok::Colon)? {
            let v = self.test()?;
            return Ok((k, Some(v)));
        }
        Ok((k, None))
    }
}

fn binop_from_u32(o: u32) -> BinOp {
    const ALL: [BinOp; 13] = [
        BinOp::Or,
        BinOp::Xor,
        BinOp::And,
        BinOp::LShift,
        BinOp::RShift,
        BinOp::Add,
        BinOp::Sub,
        BinOp::Mul,
        BinOp::MatMul,
        BinOp::FloorDiv,
        BinOp::TrueDiv,
        BinOp::Mod,
        BinOp::Pow,
    ];
    ALL[(o as usize).min(12)]
}
