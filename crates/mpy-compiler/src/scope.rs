//! Scope analysis: MicroPython's compile pass 1 (bytecode.md §10.2, §10.3, §11).
//!
//! The walk visits every scope's tree in exactly the order MicroPython's compiler does, because
//! that order decides (a) the scope list (breadth-first: a scope's children are appended while
//! its own pass runs), (b) the order identifier records are created (which fixes local slot
//! numbers and closure order) and (c) which compile-time error is reported first.
//!
//! Error lines follow MicroPython: an error raised on a grammar-rule node gets that node's
//! line; one raised on a leaf (a bare name or small constant) gets no line at first, and is
//! then given the line of the statement being compiled by the innermost enclosing statement
//! list with two or more entries, or finally the line of the scope's own node.

use allocator_api2::alloc::Allocator;
use allocator_api2::vec::Vec;

use crate::ast::*;
use crate::error::{Block, CompileError, ErrorKind, Message, Result};
use crate::fold;
use crate::intern::Sym;
use crate::util::push;

/// Identifier kinds (§11.1).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IdKind {
    /// Declared by `global`/`nonlocal` but not yet resolved (only seen during errors).
    Undecided,
    /// Only read so far.
    GlobalImplicit,
    /// Assigned in a module or class scope.
    GlobalImplicitAssigned,
    /// Declared `global` (or an implicit global of a function-like scope after analysis).
    GlobalExplicit,
    /// A fast local.
    Local,
    /// A local captured by an inner scope.
    Cell,
    /// A variable of an enclosing function.
    Free,
}

/// Parameter flag: the record is a parameter.
pub const FLAG_PARAM: u8 = 1;
/// Parameter flag: the `*args` parameter.
pub const FLAG_STAR: u8 = 2;
/// Parameter flag: the `**kw` parameter.
pub const FLAG_DBL_STAR: u8 = 4;

/// One identifier record of a scope.
#[derive(Clone, Copy, Debug)]
pub struct IdInfo {
    /// Name.
    pub name: Sym,
    /// Kind.
    pub kind: IdKind,
    /// `FLAG_*` bits.
    pub flags: u8,
    /// Local slot (valid for locals, cells, free variables after [`analyse`]).
    pub local_num: u16,
}

/// What a scope is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    /// The module.
    Module,
    /// A `def`.
    Function,
    /// A `lambda`.
    Lambda,
    /// A class body.
    Class,
    /// `[... for ...]`.
    ListComp,
    /// `{k: v for ...}`.
    DictComp,
    /// `{... for ...}`.
    SetComp,
    /// `(... for ...)`.
    GenExpr,
}

impl ScopeKind {
    /// Function-like scopes keep their variables in fast locals.
    pub fn is_func_like(self) -> bool {
        !matches!(self, ScopeKind::Module | ScopeKind::Class)
    }

    fn is_comp(self) -> bool {
        matches!(
            self,
            ScopeKind::ListComp | ScopeKind::DictComp | ScopeKind::SetComp | ScopeKind::GenExpr
        )
    }
}

/// The parse-tree node a scope was created for.
#[derive(Clone, Copy, Debug)]
pub enum ScopeNode {
    /// The module body.
    Module,
    /// A def or lambda.
    Func(FuncId),
    /// A class.
    Class(ClassId),
    /// A comprehension expression.
    Comp(ExprId),
}

/// Scope flag: contains `yield` (or is a generator expression / async def).
pub const SCOPE_GENERATOR: u16 = 0x01;
/// Scope flag: `async def`.
pub const SCOPE_ASYNC: u16 = 0x02;
/// Scope flag: has `*args`.
pub const SCOPE_VARARGS: u16 = 0x04;
/// Scope flag: has `**kw`.
pub const SCOPE_VARKEYWORDS: u16 = 0x08;
/// Scope flag: has keyword-only parameters with defaults.
pub const SCOPE_DEFKWARGS: u16 = 0x10;

/// Which code emitter a function asked for with a `@micropython.*` decorator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EmitOption {
    /// Bytecode (the default, or `@micropython.bytecode`).
    Bytecode,
    /// `@micropython.native`.
    Native,
    /// `@micropython.viper`.
    Viper,
    /// `@micropython.asm_*`.
    Asm,
}

/// A scope and its identifier table.
pub struct Scope<A: Allocator + Clone> {
    /// Kind.
    pub kind: ScopeKind,
    /// Node.
    pub node: ScopeNode,
    /// Parent scope index.
    pub parent: Option<u32>,
    /// Simple name (`<module>`, function/class name, `<lambda>`, `<listcomp>`, ...).
    pub name: Sym,
    /// Line of the scope's node.
    pub line: u32,
    /// Identifier records in first-mention order.
    pub ids: Vec<IdInfo, A>,
    /// `SCOPE_*` flags.
    pub flags: u16,
    /// Positional parameters (plus free variables after analysis).
    pub num_pos_args: u16,
    /// Keyword-only parameters.
    pub num_kwonly_args: u16,
    /// Number of local slots after analysis.
    pub num_locals: u16,
    /// Emitter requested by decorators.
    pub emit: EmitOption,
}

impl<A: Allocator + Clone> Scope<A> {
    /// Finds a record.
    pub fn find(&self, name: Sym) -> Option<usize> {
        self.ids.iter().position(|i| i.name == name)
    }

    fn find_or_add(&mut self, name: Sym, kind: IdKind) -> Result<(usize, bool)> {
        if let Some(i) = self.find(name) {
            return Ok((i, false));
        }
        push(
            &mut self.ids,
            IdInfo {
                name,
                kind,
                flags: 0,
                local_num: 0,
            },
        )?;
        Ok((self.ids.len() - 1, true))
    }
}

/// Options of the analysis that the command line controls.
#[derive(Clone, Copy, Debug)]
pub struct ScopeOptions {
    /// Optimisation level: asserts are not compiled when non-zero.
    pub optimize: u8,
    /// Width of small ints on the target (limits `*` arguments per call).
    pub small_int_bits: u8,
    /// Whether a native emitter exists for the target (else native decorators are errors).
    pub have_native: bool,
}

impl Default for ScopeOptions {
    fn default() -> Self {
        ScopeOptions {
            optimize: 0,
            small_int_bits: 31,
            have_native: false,
        }
    }
}

/// The result of scope analysis: all scopes in MicroPython's list order.
pub struct Scopes<A: Allocator + Clone> {
    /// Scopes; index 0 is the module.
    pub list: Vec<Scope<A>, A>,
}

/// Runs pass 1 over every scope, then the end-of-analysis steps and local numbering.
pub fn analyse<A: Allocator + Clone>(
    ast: &mut Ast<A>,
    opts: &ScopeOptions,
    alloc: A,
) -> Result<Scopes<A>> {
    let module_name = ast.names.intern(b"<module>")?;
    let mut w = Walker {
        ast,
        opts,
        list: Vec::new_in(alloc.clone()),
        cur: 0,
        loop_depth: 0,
        alloc,
    };
    let line = w.ast.line;
    w.new_scope(
        ScopeKind::Module,
        ScopeNode::Module,
        None,
        module_name,
        line,
    )?;
    let mut i = 0;
    while i < w.list.len() {
        w.cur = i;
        w.loop_depth = 0;
        if let Err(mut e) = w.scope_pass() {
            if e.line == 0 {
                e.line = w.list[i].line;
            }
            if matches!(e.block, Block::None) && e.kind == ErrorKind::SyntaxError {
                e.block = Block::Scope(w.list[i].name);
            }
            return Err(e);
        }
        w.close_over_implicit(i)?;
        i += 1;
    }
    let mut list = w.list;
    for i in 0..list.len() {
        compute_things(&mut list, i);
    }
    Ok(Scopes { list })
}

/// Applies the `*args` swap, turns implicit globals explicit in function-like scopes and
/// numbers the locals (§11.3, §11.4).
fn compute_things<A: Allocator + Clone>(list: &mut [Scope<A>], si: usize) {
    let class_sym = None::<Sym>;
    let _ = class_sym;
    {
        let s = &mut list[si];
        if s.flags & SCOPE_VARARGS != 0 {
            let mut param: Option<usize> = None;
            for i in (0..s.ids.len()).rev() {
                if s.ids[i].flags & FLAG_STAR != 0 {
                    if let Some(p) = param {
                        s.ids.swap(i, p);
                    }
                    break;
                } else if param.is_none() && s.ids[i].flags == FLAG_PARAM {
                    param = Some(i);
                }
            }
        }
        let func_like = s.kind.is_func_like();
        let is_class = s.kind == ScopeKind::Class;
        let mut n = 0u16;
        for (idx, id) in s.ids.iter_mut().enumerate() {
            // __class__ is always the first record of a class scope.
            if is_class && idx == 0 {
                continue;
            }
            if func_like && id.kind == IdKind::GlobalImplicit {
                id.kind = IdKind::GlobalExplicit;
            }
            if id.kind == IdKind::Local || id.flags & FLAG_PARAM != 0 {
                id.local_num = n;
                n += 1;
            }
        }
        for id in s.ids.iter_mut() {
            if id.kind == IdKind::Cell && id.flags & FLAG_PARAM == 0 {
                id.local_num = n;
                n += 1;
            }
        }
        s.num_locals = n;
    }
    let Some(parent) = list[si].parent else {
        return;
    };
    let (before, after) = list.split_at_mut(si);
    let s = &mut after[0];
    let p = &before[parent as usize];
    let mut num_free = 0u16;
    for pid in p.ids.iter() {
        if pid.kind == IdKind::Cell || pid.kind == IdKind::Free {
            for id in s.ids.iter_mut() {
                if id.kind == IdKind::Free && id.name == pid.name {
                    id.local_num = num_free;
                    num_free += 1;
                }
            }
        }
    }
    if num_free > 0 {
        for id in s.ids.iter_mut() {
            if id.kind != IdKind::Free || id.flags & FLAG_PARAM != 0 {
                id.local_num += num_free;
            }
        }
        s.num_pos_args += num_free;
        s.num_locals += num_free;
    }
}

struct Walker<'a, 'o, A: Allocator + Clone> {
    ast: &'a mut Ast<A>,
    opts: &'o ScopeOptions,
    list: Vec<Scope<A>, A>,
    cur: usize,
    loop_depth: u32,
    alloc: A,
}

/// A syntax error from the compiler; `line` 0 means "raised on a leaf" (see module docs).
fn err(msg: &'static str, line: u32) -> CompileError {
    CompileError {
        kind: ErrorKind::SyntaxError,
        msg: Message::Static(msg),
        line,
        block: Block::None,
    }
}

/// Whether MicroPython represents this expression as a leaf parse node (no line of its own).
fn is_leaf(k: &ExprKind, interned_small_int: bool) -> bool {
    match *k {
        ExprKind::Name(_)
        | ExprKind::None
        | ExprKind::True
        | ExprKind::False
        | ExprKind::Ellipsis => true,
        ExprKind::Int(v) => {
            interned_small_int && (-(1i128 << 62)..(1i128 << 62)).contains(&v.get())
        }
        ExprKind::Str { interned, .. } => interned,
        _ => false,
    }
}

impl<A: Allocator + Clone> Walker<'_, '_, A> {
    /// Copies a list out of the tree so the walk can mutate scopes while iterating it.
    fn copy(&self, l: List) -> Result<Vec<u32, A>> {
        let mut v = Vec::new_in(self.alloc.clone());
        v.try_reserve(l.len as usize)
            .map_err(|_| CompileError::memory())?;
        v.extend_from_slice(self.ast.list(l));
        Ok(v)
    }

    fn name_bytes(&self, n: Sym) -> Result<Vec<u8, A>> {
        let mut v = Vec::new_in(self.alloc.clone());
        crate::util::extend(&mut v, self.ast.names.get(n))?;
        Ok(v)
    }

    fn scope(&mut self) -> &mut Scope<A> {
        &mut self.list[self.cur]
    }

    fn new_scope(
        &mut self,
        kind: ScopeKind,
        node: ScopeNode,
        parent: Option<u32>,
        name: Sym,
        line: u32,
    ) -> Result<()> {
        let s = Scope {
            kind,
            node,
            parent,
            name,
            line,
            ids: Vec::new_in(self.alloc.clone()),
            flags: 0,
            num_pos_args: 0,
            num_kwonly_args: 0,
            num_locals: 0,
            emit: EmitOption::Bytecode,
        };
        push(&mut self.list, s)
    }

    fn child(&mut self, kind: ScopeKind, node: ScopeNode, name: &[u8], line: u32) -> Result<()> {
        let sym = self.ast.names.intern(name)?;
        self.new_scope(kind, node, Some(self.cur as u32), sym, line)
    }

    /// The line an error on `e` gets: its own, or 0 for a leaf.
    fn eline(&self, e: ExprId) -> u32 {
        let x = self.ast.expr(e);
        if is_leaf(&x.kind, true) { 0 } else { x.line }
    }

    // ----- identifiers -----

    fn load(&mut self, name: Sym) -> Result<()> {
        self.scope().find_or_add(name, IdKind::GlobalImplicit)?;
        Ok(())
    }

    fn store(&mut self, name: Sym) -> Result<()> {
        store_in(&mut self.list[self.cur], name)
    }

    fn declare_global(&mut self, si: usize, idx: usize, line: u32) -> Result<()> {
        let k = self.list[si].ids[idx].kind;
        if k != IdKind::Undecided && k != IdKind::GlobalExplicit {
            return Err(err("identifier redefined as global", line));
        }
        self.list[si].ids[idx].kind = IdKind::GlobalExplicit;
        let name = self.list[si].ids[idx].name;
        if let Some(m) = self.list[0].find(name) {
            self.list[0].ids[m].kind = IdKind::GlobalExplicit;
        }
        Ok(())
    }

    fn declare_nonlocal(&mut self, si: usize, idx: usize, line: u32) -> Result<()> {
        match self.list[si].ids[idx].kind {
            IdKind::Undecided => {
                self.list[si].ids[idx].kind = IdKind::GlobalImplicit;
                self.check_to_close_over(si, idx)?;
                if self.list[si].ids[idx].kind == IdKind::GlobalImplicit {
                    return Err(err("no binding for nonlocal found", line));
                }
                Ok(())
            }
            IdKind::Free => Ok(()),
            _ => Err(err("identifier redefined as nonlocal", line)),
        }
    }

    fn check_to_close_over(&mut self, si: usize, idx: usize) -> Result<()> {
        let name = self.list[si].ids[idx].name;
        let mut p = self.list[si].parent;
        while let Some(pi) = p {
            let pi = pi as usize;
            if self.list[pi].parent.is_none() {
                break;
            }
            if let Some(j) = self.list[pi].find(name) {
                if matches!(
                    self.list[pi].ids[j].kind,
                    IdKind::Local | IdKind::Cell | IdKind::Free
                ) {
                    self.list[si].ids[idx].kind = IdKind::Free;
                    self.close_over_in_parents(si, name)?;
                }
                break;
            }
            p = self.list[pi].parent;
        }
        Ok(())
    }

    fn close_over_in_parents(&mut self, si: usize, name: Sym) -> Result<()> {
        let mut p = self.list[si].parent;
        while let Some(pi) = p {
            let pi = pi as usize;
            let (j, added) = self.list[pi].find_or_add(name, IdKind::Undecided)?;
            if added {
                self.list[pi].ids[j].kind = IdKind::Free;
            } else {
                if self.list[pi].ids[j].kind == IdKind::Local {
                    self.list[pi].ids[j].kind = IdKind::Cell;
                }
                return Ok(());
            }
            p = self.list[pi].parent;
        }
        Ok(())
    }

    fn close_over_implicit(&mut self, si: usize) -> Result<()> {
        let mut i = 0;
        while i < self.list[si].ids.len() {
            if self.list[si].ids[i].kind == IdKind::GlobalImplicit {
                self.check_to_close_over(si, i)?;
            }
            i += 1;
        }
        Ok(())
    }

    // ----- scope bodies -----

    fn scope_pass(&mut self) -> Result<()> {
        let s = &self.list[self.cur];
        match s.node {
            ScopeNode::Module => {
                let body = self.ast.body;
                self.stmts(body)
            }
            ScopeNode::Func(f) => {
                let func = self.ast.funcs[f.0 as usize];
                let r = self.params(func.params, func.is_lambda);
                if func.is_lambda {
                    r?;
                    let body = func
                        .lambda_body
                        .ok_or_else(|| err("invalid syntax", func.line))?;
                    self.expr(body)
                } else {
                    match r {
                        Ok(()) => self.stmts(func.body),
                        // The body is still compiled after a parameter error, so a body of two
                        // or more statements gives the error the first statement's line.
                        Err(mut e) => {
                            if e.line == 0 && func.body.len >= 2 {
                                let first = self.ast.list(func.body)[0];
                                e.line = self.ast.stmt(StmtId(first)).line;
                            }
                            Err(e)
                        }
                    }
                }
            }
            ScopeNode::Class(c) => {
                let class = self.ast.classes[c.0 as usize];
                let sym = self.ast.names.intern(b"__class__")?;
                self.scope().find_or_add(sym, IdKind::Local)?;
                // The class prologue: `__module__ = __name__`, `__qualname__ = '<name>'`.
                let name = self.ast.names.intern(b"__name__")?;
                self.load(name)?;
                let module = self.ast.names.intern(b"__module__")?;
                self.store(module)?;
                let qualname = self.ast.names.intern(b"__qualname__")?;
                self.store(qualname)?;
                self.stmts(class.body)
            }
            ScopeNode::Comp(e) => {
                let ExprKind::Comp {
                    kind,
                    elt,
                    value,
                    clauses,
                    ..
                } = self.ast.expr(e).kind
                else {
                    return Ok(());
                };
                let empty = self.ast.names.intern(b"")?;
                let (i, _) = self.scope().find_or_add(empty, IdKind::Local)?;
                self.scope().ids[i].flags = FLAG_PARAM;
                self.scope().num_pos_args = 1;
                if kind == CompKind::Gen {
                    self.scope().flags |= SCOPE_GENERATOR;
                }
                self.comp_clauses(clauses, 0, elt, value)
            }
        }
    }

    fn params(&mut self, params: List, is_lambda: bool) -> Result<()> {
        let _ = is_lambda;
        let mut have_star = false;
        for &pi in self.copy(params)?.iter() {
            let p = self.ast.params[pi as usize];
            let struct_node =
                p.default.is_some() || p.annotation.is_some() || p.kind != ParamKind::Normal;
            let pline = if struct_node { p.line } else { 0 };
            if self.scope().flags & SCOPE_VARKEYWORDS != 0 {
                return Err(err("invalid syntax", pline));
            }
            let mut flag = FLAG_PARAM;
            match p.kind {
                ParamKind::Normal => {
                    if have_star {
                        self.scope().num_kwonly_args += 1;
                    } else {
                        self.scope().num_pos_args += 1;
                    }
                }
                ParamKind::Star | ParamKind::BareStar => {
                    if have_star {
                        return Err(err("invalid syntax", pline));
                    }
                    have_star = true;
                    flag |= FLAG_STAR;
                    if p.kind == ParamKind::BareStar {
                        continue;
                    }
                    self.scope().flags |= SCOPE_VARARGS;
                }
                ParamKind::DblStar => {
                    flag |= FLAG_DBL_STAR;
                    self.scope().flags |= SCOPE_VARKEYWORDS;
                }
            }
            let (i, added) = self.scope().find_or_add(p.name, IdKind::Undecided)?;
            if !added && self.scope().ids[i].kind != IdKind::Undecided {
                return Err(err("argument name reused", pline));
            }
            let id = &mut self.scope().ids[i];
            id.kind = IdKind::Local;
            id.flags = flag;
        }
        Ok(())
    }

    /// Compiles the defaults of a def/lambda in the enclosing scope.
    fn param_defaults(&mut self, params: List, def_line: u32) -> Result<bool> {
        let mut have_star = false;
        let mut num_defaults = 0;
        let mut kw_defaults = false;
        for &pi in self.copy(params)?.iter() {
            let p = self.ast.params[pi as usize];
            match p.kind {
                ParamKind::Star | ParamKind::BareStar => have_star = true,
                ParamKind::DblStar => {}
                ParamKind::Normal => match p.default {
                    None => {
                        if !have_star && num_defaults != 0 {
                            let l = if p.annotation.is_some() {
                                p.line
                            } else {
                                def_line
                            };
                            return Err(err("non-default argument follows default argument", l));
                        }
                    }
                    Some(d) => {
                        if have_star {
                            kw_defaults = true;
                        } else {
                            num_defaults += 1;
                        }
                        self.expr(d)?;
                    }
                },
            }
        }
        Ok(kw_defaults)
    }

    fn stmts(&mut self, l: List) -> Result<()> {
        let ids = self.copy(l)?;
        for &s in ids.iter() {
            if let Err(mut e) = self.stmt(StmtId(s)) {
                if e.line == 0 && ids.len() >= 2 {
                    e.line = self.ast.stmt(StmtId(s)).line;
                }
                return Err(e);
            }
        }
        Ok(())
    }

    fn in_loop<T>(&mut self, f: impl FnOnce(&mut Self) -> Result<T>) -> Result<T> {
        self.loop_depth += 1;
        let r = f(self);
        self.loop_depth -= 1;
        r
    }

    fn stmt(&mut self, sid: StmtId) -> Result<()> {
        let st = *self.ast.stmt(sid);
        let line = st.line;
        match st.kind {
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for t in self.copy(targets)?.iter().map(|&i| ExprId(i)) {
                    self.assign(t)?;
                }
                Ok(())
            }
            StmtKind::AugAssign { target, value, .. } => match self.ast.expr(target).kind {
                ExprKind::Name(n) => {
                    self.load(n)?;
                    self.expr(value)?;
                    self.store(n)
                }
                ExprKind::Trailers { atom, trailers } if self.last_trailer_assignable(trailers) => {
                    self.trailers_prefix(atom, trailers)?;
                    self.expr(value)
                }
                _ => Err(err("can't assign to expression", self.eline(target))),
            },
            StmtKind::AnnAssign { target, value, .. } => match value {
                Some(v) => {
                    self.expr(v)?;
                    self.assign(target)
                }
                None => {
                    if let ExprKind::Name(n) = self.ast.expr(target).kind
                        && self.list[self.cur].kind.is_func_like()
                    {
                        self.store(n)?;
                    }
                    Ok(())
                }
            },
            StmtKind::Pass => Ok(()),
            StmtKind::Break | StmtKind::Continue => {
                if self.loop_depth == 0 {
                    return Err(err("'break'/'continue' outside loop", line));
                }
                Ok(())
            }
            StmtKind::Return(v) => {
                if self.list[self.cur].kind != ScopeKind::Function {
                    return Err(err("'return' outside function", line));
                }
                if let Some(v) = v {
                    self.expr(v)?;
                }
                Ok(())
            }
            StmtKind::Raise(e, c) => {
                if let Some(e) = e {
                    self.expr(e)?;
                }
                if let Some(c) = c {
                    self.expr(c)?;
                }
                Ok(())
            }
            StmtKind::Global(names) | StmtKind::Nonlocal(names) => {
                let is_global = matches!(st.kind, StmtKind::Global(_));
                if !is_global && self.list[self.cur].kind == ScopeKind::Module {
                    return Err(err("can't declare nonlocal in outer code", line));
                }
                for &n in self.copy(names)?.iter() {
                    let (i, _) = self.scope().find_or_add(Sym(n), IdKind::Undecided)?;
                    if is_global {
                        self.declare_global(self.cur, i, line)?;
                    } else {
                        self.declare_nonlocal(self.cur, i, line)?;
                    }
                }
                Ok(())
            }
            StmtKind::Del(e) => self.delete(e),
            StmtKind::Assert(t, m) => {
                if self.opts.optimize != 0 {
                    return Ok(());
                }
                self.cond(t)?;
                if let Some(m) = m {
                    self.expr(m)?;
                }
                Ok(())
            }
            StmtKind::Import(aliases) => {
                for &a in self.copy(aliases)?.iter() {
                    let al = self.ast.aliases[a as usize];
                    let target = match al.asname {
                        Some(n) => n,
                        None => Sym(self.ast.list(al.parts)[0]),
                    };
                    self.store(target)?;
                }
                Ok(())
            }
            StmtKind::ImportFrom { names, .. } => match names {
                None => {
                    if self.list[self.cur].kind != ScopeKind::Module {
                        return Err(err("import * not at module level", line));
                    }
                    Ok(())
                }
                Some(names) => {
                    for &a in self.copy(names)?.iter() {
                        let al = self.ast.aliases[a as usize];
                        self.store(al.asname.unwrap_or(al.name))?;
                    }
                    Ok(())
                }
            },
            StmtKind::If { branches, orelse } => {
                for &b in self.copy(branches)?.iter() {
                    let br = self.ast.branches[b as usize];
                    match fold::truthiness(&self.ast.expr(br.test).kind) {
                        Some(false) => continue,
                        Some(true) => return self.stmts(br.body),
                        None => {
                            self.cond(br.test)?;
                            self.stmts(br.body)?;
                        }
                    }
                }
                if let Some(o) = orelse {
                    self.stmts(o)?;
                }
                Ok(())
            }
            StmtKind::While { test, body, orelse } => {
                if fold::truthiness(&self.ast.expr(test).kind) != Some(false) {
                    self.in_loop(|w| w.stmts(body))?;
                    self.cond(test)?;
                }
                if let Some(o) = orelse {
                    self.stmts(o)?;
                }
                Ok(())
            }
            StmtKind::For {
                is_async,
                target,
                iter,
                body,
                orelse,
            } => {
                if is_async {
                    if self.list[self.cur].flags & SCOPE_GENERATOR == 0 {
                        return Err(err("async for/with outside async function", line));
                    }
                    self.expr(iter)?;
                    self.in_loop(|w| {
                        w.assign(target)?;
                        w.stmts(body)
                    })?;
                } else if let Some((start, end, step)) = self.range_for(target, iter) {
                    if let Some(end) = end
                        && !matches!(self.ast.expr(end).kind, ExprKind::Int(_))
                    {
                        self.expr(end)?;
                    }
                    if let Some(s) = start {
                        self.expr(s)?;
                    }
                    self.in_loop(|w| {
                        w.assign(target)?;
                        w.stmts(body)
                    })?;
                    if let Some(s) = step {
                        self.expr(s)?;
                    }
                    if let Some(end) = end
                        && matches!(self.ast.expr(end).kind, ExprKind::Int(_))
                    {
                        self.expr(end)?;
                    }
                } else {
                    self.expr(iter)?;
                    self.in_loop(|w| {
                        w.assign(target)?;
                        w.stmts(body)
                    })?;
                }
                if let Some(o) = orelse {
                    self.stmts(o)?;
                }
                Ok(())
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.stmts(body)?;
                let hs = self.copy(handlers)?;
                for (k, &h) in hs.iter().enumerate() {
                    let hd = self.ast.handlers[h as usize];
                    match hd.typ {
                        None => {
                            if k + 1 != hs.len() {
                                return Err(err("default 'except' must be last", hd.line));
                            }
                        }
                        Some(t) => self.expr(t)?,
                    }
                    if let Some(n) = hd.name {
                        self.store(n)?;
                    }
                    self.stmts(hd.body)?;
                    if let Some(n) = hd.name {
                        self.store(n)?;
                    }
                }
                if let Some(o) = orelse {
                    self.stmts(o)?;
                }
                if let Some(f) = finalbody {
                    self.stmts(f)?;
                }
                Ok(())
            }
            StmtKind::With {
                is_async,
                items,
                body,
            } => {
                if is_async && self.list[self.cur].flags & SCOPE_GENERATOR == 0 {
                    return Err(err("async for/with outside async function", line));
                }
                for &w in self.copy(items)?.iter() {
                    let it = self.ast.with_items[w as usize];
                    self.expr(it.ctx)?;
                    if let Some(t) = it.target {
                        self.assign(t)?;
                    }
                }
                self.stmts(body)
            }
            StmtKind::FunctionDef(f) => {
                let func = self.ast.funcs[f.0 as usize];
                let emit = self.decorators(func.decorators)?;
                let name = self.name_bytes(func.name)?;
                self.child(ScopeKind::Function, ScopeNode::Func(f), &name, func.line)?;
                let child = self.list.len() - 1;
                self.list[child].emit = emit;
                if func.is_async {
                    self.list[child].flags |= SCOPE_GENERATOR | SCOPE_ASYNC;
                }
                if self.param_defaults(func.params, func.line)? {
                    self.list[child].flags |= SCOPE_DEFKWARGS;
                }
                self.store(func.name)
            }
            StmtKind::ClassDef(c) => {
                let class = self.ast.classes[c.0 as usize];
                self.decorators(class.decorators)?;
                let name = self.name_bytes(class.name)?;
                self.child(ScopeKind::Class, ScopeNode::Class(c), &name, class.line)?;
                if let Some(args) = class.args {
                    self.call_args(args)?;
                }
                self.store(class.name)
            }
        }
    }

    /// Decorators: `@micropython.X` are compile-time markers; others are compiled.
    fn decorators(&mut self, decs: List) -> Result<EmitOption> {
        let mut emit = EmitOption::Bytecode;
        for &d in self.copy(decs)?.iter() {
            let e = *self.ast.expr(ExprId(d));
            let (atom, trailers) = match e.kind {
                ExprKind::Trailers { atom, trailers } => (atom, trailers),
                _ => (ExprId(d), List::EMPTY),
            };
            let ExprKind::Name(first) = self.ast.expr(atom).kind else {
                continue;
            };
            if self.ast.names.get(first) == b"micropython" {
                let mut attrs: Vec<Sym, A> = Vec::new_in(self.alloc.clone());
                for &t in self.ast.list(trailers) {
                    if let TrailerKind::Attr(a) = self.ast.trailers[t as usize].kind {
                        push(&mut attrs, a)?;
                    }
                }
                // Raised on the name leaves, so the line comes from the statement context.
                let dline = 0;
                if attrs.len() != 1 {
                    return Err(err("invalid micropython decorator", dline));
                }
                emit = match self.ast.names.get(attrs[0]) {
                    b"bytecode" => EmitOption::Bytecode,
                    b"native" => EmitOption::Native,
                    b"viper" => EmitOption::Viper,
                    b"asm_thumb" | b"asm_xtensa" | b"asm_rv32" => EmitOption::Asm,
                    _ => return Err(err("invalid micropython decorator", dline)),
                };
                if emit != EmitOption::Bytecode && !self.opts.have_native {
                    return Err(err("invalid arch", dline));
                }
                continue;
            }
            self.load(first)?;
            for &t in self.copy(trailers)?.iter() {
                if let TrailerKind::Call(args) = self.ast.trailers[t as usize].kind {
                    self.call_args(args)?;
                }
            }
        }
        Ok(emit)
    }

    /// Recognises `for NAME in range(...)` with the conditions of §12.6; returns
    /// (start, end, step) expressions.
    fn range_for(
        &self,
        target: ExprId,
        iter: ExprId,
    ) -> Option<(Option<ExprId>, Option<ExprId>, Option<ExprId>)> {
        if !matches!(self.ast.expr(target).kind, ExprKind::Name(_)) {
            return None;
        }
        let ExprKind::Trailers { atom, trailers } = self.ast.expr(iter).kind else {
            return None;
        };
        let ExprKind::Name(r) = self.ast.expr(atom).kind else {
            return None;
        };
        if self.ast.names.get(r) != b"range" || trailers.len != 1 {
            return None;
        }
        let TrailerKind::Call(args) = self.ast.trailers[self.ast.list(trailers)[0] as usize].kind
        else {
            return None;
        };
        let mut pos: [Option<ExprId>; 3] = [None; 3];
        if args.len == 0 || args.len > 3 {
            return None;
        }
        for (k, &a) in self.ast.list(args).iter().enumerate() {
            match self.ast.args[a as usize].kind {
                ArgKind::Pos(e)
                    if !matches!(
                        self.ast.expr(e).kind,
                        ExprKind::Comp { .. } | ExprKind::Walrus(..)
                    ) =>
                {
                    pos[k] = Some(e)
                }
                _ => return None,
            }
        }
        match args.len {
            1 => Some((None, pos[0], None)),
            2 => Some((pos[0], pos[1], None)),
            _ => {
                let step = pos[2]?;
                match self.ast.expr(step).kind {
                    ExprKind::Int(v)
                        if v.get() != 0
                            && crate::consts::fits_small_int(v.get(), self.opts.small_int_bits) =>
                    {
                        Some((pos[0], pos[1], Some(step)))
                    }
                    _ => None,
                }
            }
        }
    }

    fn last_trailer_assignable(&self, trailers: List) -> bool {
        match self.ast.list(trailers).last() {
            Some(&t) => !matches!(self.ast.trailers[t as usize].kind, TrailerKind::Call(_)),
            None => false,
        }
    }

    /// Compiles an atom with trailers for a store/delete: everything but the last trailer as
    /// an expression, then the last trailer's index.
    fn trailers_prefix(&mut self, atom: ExprId, trailers: List) -> Result<()> {
        let ts = self.copy(trailers)?;
        self.trailers_expr(atom, &ts[..ts.len() - 1])?;
        if let Some(&t) = ts.last()
            && let TrailerKind::Index(i) = self.ast.trailers[t as usize].kind
        {
            self.expr(i)?;
        }
        Ok(())
    }

    fn assign(&mut self, t: ExprId) -> Result<()> {
        let e = *self.ast.expr(t);
        match e.kind {
            ExprKind::Name(n) => self.store(n),
            ExprKind::Trailers { atom, trailers } if self.last_trailer_assignable(trailers) => {
                self.trailers_prefix(atom, trailers)
            }
            ExprKind::Tuple { items, paren } => {
                if paren && items.is_empty() {
                    return Err(err("can't assign to expression", e.line));
                }
                self.assign_list(items, e.line)
            }
            ExprKind::List(items) => self.assign_list(items, e.line),
            _ => Err(err("can't assign to expression", self.eline(t))),
        }
    }

    fn assign_list(&mut self, items: List, line: u32) -> Result<()> {
        let ids = self.copy(items)?;
        let stars = ids
            .iter()
            .filter(|&&i| matches!(self.ast.expr(ExprId(i)).kind, ExprKind::Star(_)))
            .count();
        if stars > 1 {
            return Err(err("multiple *x in assignment", line));
        }
        for &i in ids.iter() {
            match self.ast.expr(ExprId(i)).kind {
                ExprKind::Star(inner) => self.assign(inner)?,
                _ => self.assign(ExprId(i))?,
            }
        }
        Ok(())
    }

    fn delete(&mut self, t: ExprId) -> Result<()> {
        let e = *self.ast.expr(t);
        match e.kind {
            ExprKind::Name(n) => self.store(n),
            ExprKind::Trailers { atom, trailers } if self.last_trailer_assignable(trailers) => {
                self.trailers_prefix(atom, trailers)
            }
            ExprKind::Tuple { items, paren } if !(paren && items.is_empty()) => {
                for i in self.copy(items)?.iter().map(|&i| ExprId(i)) {
                    self.delete(i)?;
                }
                Ok(())
            }
            _ => Err(err("can't delete expression", self.eline(t))),
        }
    }

    /// A condition: constants compile to nothing.
    fn cond(&mut self, e: ExprId) -> Result<()> {
        if fold::is_const(&self.ast.expr(e).kind) {
            return Ok(());
        }
        self.expr(e)
    }

    fn exprs(&mut self, l: List) -> Result<()> {
        for e in self.copy(l)?.iter().map(|&i| ExprId(i)) {
            self.expr(e)?;
        }
        Ok(())
    }

    fn expr(&mut self, id: ExprId) -> Result<()> {
        let e = *self.ast.expr(id);
        match e.kind {
            ExprKind::Name(n) => self.load(n),
            ExprKind::Int(_)
            | ExprKind::BigInt(_)
            | ExprKind::Float(_)
            | ExprKind::Imag(_)
            | ExprKind::Str { .. }
            | ExprKind::Bytes(_)
            | ExprKind::None
            | ExprKind::True
            | ExprKind::False
            | ExprKind::Ellipsis
            | ExprKind::ObjSingleton(_)
            | ExprKind::ConstTuple(_) => Ok(()),
            ExprKind::Tuple { items, .. } | ExprKind::List(items) | ExprKind::Set(items) => {
                self.exprs(items)
            }
            ExprKind::Dict(items) => {
                // Values are compiled before their keys.
                let ids = self.copy(items)?;
                for pair in ids.chunks(2) {
                    if let [k, v] = *pair {
                        self.expr(ExprId(v))?;
                        self.expr(ExprId(k))?;
                    }
                }
                Ok(())
            }
            ExprKind::Star(_) => Err(err("*x must be assignment target", e.line)),
            ExprKind::Or(l) | ExprKind::And(l) => self.exprs(l),
            ExprKind::Not(x) | ExprKind::Unary(_, x) => self.expr(x),
            ExprKind::Compare { operands, .. } | ExprKind::BinChain { operands, .. } => {
                self.exprs(operands)
            }
            ExprKind::Power(a, b) => {
                self.expr(a)?;
                self.expr(b)
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.cond(test)?;
                self.expr(body)?;
                self.expr(orelse)
            }
            ExprKind::Lambda(f) => {
                let func = self.ast.funcs[f.0 as usize];
                self.child(
                    ScopeKind::Lambda,
                    ScopeNode::Func(f),
                    b"<lambda>",
                    func.line,
                )?;
                let child = self.list.len() - 1;
                if self.param_defaults(func.params, func.line)? {
                    self.list[child].flags |= SCOPE_DEFKWARGS;
                }
                Ok(())
            }
            ExprKind::Trailers { atom, trailers } => {
                let ts = self.copy(trailers)?;
                self.trailers_expr(atom, &ts)
            }
            ExprKind::Await(x) => {
                if !matches!(
                    self.list[self.cur].kind,
                    ScopeKind::Function | ScopeKind::Lambda
                ) {
                    return Err(err("'await' outside function", e.line));
                }
                // `await` emits YIELD_FROM, which marks the function a generator.
                self.scope().flags |= SCOPE_GENERATOR;
                self.expr(x)
            }
            ExprKind::Yield(v) => {
                self.yield_check(e.line)?;
                if let Some(v) = v {
                    self.expr(v)?;
                }
                Ok(())
            }
            ExprKind::YieldFrom(v) => {
                self.yield_check(e.line)?;
                self.expr(v)
            }
            ExprKind::Walrus(target, value) => {
                let ExprKind::Name(n) = self.ast.expr(target).kind else {
                    return Err(err("can't assign to expression", self.eline(target)));
                };
                self.expr(value)?;
                if self.list[self.cur].kind.is_comp() {
                    // The target binds in the enclosing scope (PEP 572).
                    let parent = self.list[self.cur].parent.unwrap_or(0) as usize;
                    store_in(&mut self.list[parent], n)?;
                    let pi = self.list[parent].find(n).unwrap_or(0);
                    if self.list[parent].ids[pi].kind == IdKind::GlobalExplicit {
                        self.scope().find_or_add(n, IdKind::GlobalExplicit)?;
                    } else {
                        let (i, _) = self.scope().find_or_add(n, IdKind::Undecided)?;
                        let is_global = self.list[parent].parent.is_none();
                        if is_global {
                            self.declare_global(self.cur, i, e.line)?;
                        } else {
                            if self.scope().ids[i].kind == IdKind::GlobalImplicit {
                                // Already read in the comprehension: close over it instead.
                                self.scope().ids[i].kind = IdKind::Undecided;
                            }
                            self.declare_nonlocal(self.cur, i, e.line)?;
                        }
                    }
                }
                self.store(n)
            }
            ExprKind::Comp {
                clauses,
                scope_line,
                ..
            } => {
                let kind = match e.kind {
                    ExprKind::Comp {
                        kind: CompKind::List,
                        ..
                    } => (ScopeKind::ListComp, &b"<listcomp>"[..]),
                    ExprKind::Comp {
                        kind: CompKind::Dict,
                        ..
                    } => (ScopeKind::DictComp, &b"<dictcomp>"[..]),
                    ExprKind::Comp {
                        kind: CompKind::Set,
                        ..
                    } => (ScopeKind::SetComp, &b"<setcomp>"[..]),
                    _ => (ScopeKind::GenExpr, &b"<genexpr>"[..]),
                };
                self.child(kind.0, ScopeNode::Comp(id), kind.1, scope_line)?;
                if let Some(&c) = self.ast.list(clauses).first()
                    && let CompClause::For { iter, .. } = self.ast.clauses[c as usize]
                {
                    self.expr(iter)?;
                }
                Ok(())
            }
            ExprKind::Slice { lo, hi, step, .. } => {
                for x in [lo, hi, step].into_iter().flatten() {
                    self.expr(x)?;
                }
                Ok(())
            }
            ExprKind::Error(msg) => Err(err(msg, e.line)),
        }
    }

    fn yield_check(&mut self, line: u32) -> Result<()> {
        if !matches!(
            self.list[self.cur].kind,
            ScopeKind::Function | ScopeKind::Lambda
        ) {
            return Err(err("'yield' outside function", line));
        }
        self.scope().flags |= SCOPE_GENERATOR;
        Ok(())
    }

    fn trailers_expr(&mut self, atom: ExprId, ts: &[u32]) -> Result<()> {
        // Zero-argument super() inside a def loads __class__ and the first parameter.
        if let ExprKind::Name(n) = self.ast.expr(atom).kind
            && self.list[self.cur].kind == ScopeKind::Function
            && self.ast.names.get(n) == b"super"
            && let Some(&t0) = ts.first()
            && let TrailerKind::Call(args) = self.ast.trailers[t0 as usize].kind
            && args.is_empty()
        {
            self.load(n)?;
            let cls = self.ast.names.intern(b"__class__")?;
            self.load(cls)?;
            if !self.list[self.cur]
                .ids
                .iter()
                .any(|i| i.flags & FLAG_PARAM != 0)
            {
                return Err(err("super() can't find self", self.ast.expr(atom).line));
            }
            for &t in &ts[1..] {
                self.trailer(t)?;
            }
            return Ok(());
        }
        self.expr(atom)?;
        for &t in ts {
            self.trailer(t)?;
        }
        Ok(())
    }

    fn trailer(&mut self, t: u32) -> Result<()> {
        match self.ast.trailers[t as usize].kind {
            TrailerKind::Attr(_) => Ok(()),
            TrailerKind::Index(i) => self.expr(i),
            TrailerKind::Call(args) => self.call_args(args),
        }
    }

    fn call_args(&mut self, args: List) -> Result<()> {
        let mut dbl = false;
        let mut n_kw = 0;
        for (i, &a) in self.copy(args)?.iter().enumerate() {
            let arg = self.ast.args[a as usize];
            match arg.kind {
                ArgKind::Star(x) => {
                    if dbl {
                        return Err(err("* arg after **", arg.line));
                    }
                    if n_kw > 0 {
                        return Err(err("* arg after kwarg", arg.line));
                    }
                    if i + 1 >= self.opts.small_int_bits as usize {
                        return Err(err("too many args", arg.line));
                    }
                    self.expr(x)?;
                }
                ArgKind::DblStar(x) => {
                    dbl = true;
                    n_kw += 1;
                    self.expr(x)?;
                }
                ArgKind::Keyword(k, v) => {
                    if !matches!(self.ast.expr(k).kind, ExprKind::Name(_)) {
                        return Err(err("LHS of keyword arg must be an id", arg.line));
                    }
                    n_kw += 1;
                    self.expr(v)?;
                }
                ArgKind::Pos(x) => {
                    // Walrus and bare generator arguments skip MicroPython's order checks.
                    let special = matches!(
                        self.ast.expr(x).kind,
                        ExprKind::Walrus(..) | ExprKind::Comp { bare_arg: true, .. }
                    );
                    if !special {
                        if dbl {
                            return Err(err("positional arg after **", self.eline(x)));
                        }
                        if n_kw > 0 {
                            return Err(err("positional arg after keyword arg", self.eline(x)));
                        }
                    }
                    self.expr(x)?;
                }
            }
        }
        Ok(())
    }

    fn comp_clauses(
        &mut self,
        clauses: List,
        k: usize,
        elt: ExprId,
        value: Option<ExprId>,
    ) -> Result<()> {
        let cs = self.copy(clauses)?;
        let mut k = k;
        let mut first = true;
        while k < cs.len() {
            match self.ast.clauses[cs[k] as usize] {
                CompClause::For { target, iter, .. } => {
                    if !first {
                        self.expr(iter)?;
                    }
                    first = false;
                    self.assign(target)?;
                }
                CompClause::If(t) => self.cond(t)?,
            }
            k += 1;
        }
        match value {
            Some(v) => {
                self.expr(v)?;
                self.expr(elt)
            }
            None => self.expr(elt),
        }
    }
}

fn store_in<A: Allocator + Clone>(s: &mut Scope<A>, name: Sym) -> Result<()> {
    let func_like = s.kind.is_func_like();
    let (i, _) = s.find_or_add(name, IdKind::GlobalImplicit)?;
    if s.ids[i].kind == IdKind::GlobalImplicit {
        s.ids[i].kind = if func_like {
            IdKind::Local
        } else {
            IdKind::GlobalImplicitAssigned
        };
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::{ParseOptions, parse};
    use allocator_api2::alloc::Global;

    fn scopes(src: &str) -> (Ast<Global>, Scopes<Global>) {
        let mut ast = parse(src.as_bytes(), &ParseOptions::default(), Global).unwrap();
        let s = analyse(&mut ast, &ScopeOptions::default(), Global).unwrap();
        (ast, s)
    }

    fn locals(
        ast: &Ast<Global>,
        s: &Scope<Global>,
    ) -> std::vec::Vec<(std::string::String, IdKind, u16)> {
        s.ids
            .iter()
            .map(|i| {
                (
                    std::string::String::from_utf8_lossy(ast.names.get(i.name)).into_owned(),
                    i.kind,
                    i.local_num,
                )
            })
            .collect()
    }

    #[test]
    fn scope_list_is_breadth_first() {
        let (ast, s) =
            scopes("def f(x=lambda: 1):\n  def g(): pass\nclass C: pass\n[y for y in z]\n");
        let names: std::vec::Vec<_> = s.list.iter().map(|s| ast.names.get(s.name)).collect();
        assert_eq!(
            names,
            [
                &b"<module>"[..],
                b"f",
                b"<lambda>",
                b"C",
                b"<listcomp>",
                b"g"
            ]
        );
    }

    #[test]
    fn star_args_swap_quirk() {
        // Verified against mpy-cross (bytecode.md §11.3): locals a=0, c=1, b=2, args=3, kw=4.
        let (ast, s) = scopes("def f(a, *args, b, c, **kw): pass\n");
        let l = locals(&ast, &s.list[1]);
        let slot = |n: &str| l.iter().find(|x| x.0 == n).unwrap().2;
        assert_eq!(
            [slot("a"), slot("c"), slot("b"), slot("args"), slot("kw")],
            [0, 1, 2, 3, 4]
        );
    }

    #[test]
    fn closures_and_class_cell() {
        let (ast, s) = scopes(
            "def f(p):\n  q = 1\n  def g():\n    return p + q\nclass A:\n  def m(self):\n    super().m()\n",
        );
        let f = locals(&ast, &s.list[1]);
        assert_eq!(f[0], ("p".into(), IdKind::Cell, 0));
        assert_eq!(f[1], ("q".into(), IdKind::Cell, 2)); // cells follow plain locals (g = 1)
        let a = locals(&ast, &s.list[2]);
        assert_eq!(a[0], ("__class__".into(), IdKind::Cell, 0));
        let g = locals(&ast, &s.list[3]);
        assert_eq!(
            g,
            [("p".into(), IdKind::Free, 0), ("q".into(), IdKind::Free, 1)]
        );
        assert_eq!(s.list[3].num_pos_args, 2);
    }

    #[test]
    fn global_declaration_rewrites_module_names() {
        let (ast, s) = scopes("g = 1\ndef f():\n  global g\nclass C:\n  g = 3\n");
        assert_eq!(locals(&ast, &s.list[0])[0].1, IdKind::GlobalExplicit);
        let class = locals(&ast, &s.list[2]);
        let g = class.iter().find(|x| x.0 == "g").unwrap();
        assert_eq!(g.1, IdKind::GlobalImplicitAssigned);
        // The class prologue records come first: __class__, __name__, __module__, ...
        assert_eq!(class[1].0, "__name__");
    }
}
