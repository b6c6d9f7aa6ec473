//! Code generation: one walk over a scope's tree per pass, driving an [`Emitter`]
//! (bytecode.md §10.3, §12).
//!
//! The walk mirrors MicroPython's compiler closely because the bytes depend on it: the order of
//! first use fixes the qstr and constant tables, the nodes that report their line fix the line
//! table, and pure stack adjustments fix `n_state`. Statements are in [`crate::gen_stmt`],
//! expressions, calls and assignment targets in [`crate::gen_expr`]; this file holds the shared
//! state, identifiers, scope bodies and the creation of functions, classes and comprehensions.

use allocator_api2::alloc::Allocator;
use allocator_api2::vec::Vec;

use crate::ast::*;
use crate::consts::fits_small_int;
use crate::emit::*;
use crate::error::{CompileError, Result};
use crate::intern::Sym;
use crate::scope::*;
use crate::tables::{ConstKey, ConstTable, QstrTable};
use crate::util::push;

/// Options that change the generated code.
#[derive(Clone, Copy, Debug)]
pub struct GenOptions {
    /// Optimisation level: asserts are dropped when non-zero.
    pub optimize: u8,
    /// Target small-int width.
    pub small_int_bits: u8,
}

/// The module-wide state shared by all scopes and passes.
pub struct Module<'m, A: Allocator + Clone> {
    /// The parsed tree.
    pub ast: &'m Ast<A>,
    /// The analysed scopes.
    pub scopes: &'m Scopes<A>,
    /// The qstr table.
    pub qstrs: QstrTable<A>,
    /// The constant table.
    pub consts: ConstTable<A>,
    /// Scope index of each function/lambda (by [`FuncId`]).
    pub func_scope: Vec<u32, A>,
    /// Scope index of each class (by [`ClassId`]).
    pub class_scope: Vec<u32, A>,
    /// (comprehension expression, scope index), sorted by expression.
    pub comp_scope: Vec<(u32, u32), A>,
    /// Exception-stack depth of each scope, found in pass 1.
    pub exc_stack: Vec<u16, A>,
    /// Code generation options.
    pub opts: GenOptions,
}

impl<'m, A: Allocator + Clone> Module<'m, A> {
    /// Prepares the shared state for a module whose scopes are analysed.
    pub fn new(
        ast: &'m Ast<A>,
        scopes: &'m Scopes<A>,
        source_name: &[u8],
        opts: GenOptions,
        alloc: A,
    ) -> Result<Self> {
        let mut func_scope = Vec::new_in(alloc.clone());
        let mut class_scope = Vec::new_in(alloc.clone());
        let mut comp_scope = Vec::new_in(alloc.clone());
        let mut exc_stack = Vec::new_in(alloc.clone());
        let reserve = |n: usize, v: &mut Vec<u32, A>| -> Result<()> {
            v.try_reserve(n).map_err(|_| CompileError::memory())?;
            v.resize(n, u32::MAX);
            Ok(())
        };
        reserve(ast.funcs.len(), &mut func_scope)?;
        reserve(ast.classes.len(), &mut class_scope)?;
        exc_stack
            .try_reserve(scopes.list.len())
            .map_err(|_| CompileError::memory())?;
        exc_stack.resize(scopes.list.len(), 0);
        for (i, s) in scopes.list.iter().enumerate() {
            match s.node {
                ScopeNode::Func(f) => func_scope[f.0 as usize] = i as u32,
                ScopeNode::Class(c) => class_scope[c.0 as usize] = i as u32,
                ScopeNode::Comp(e) => push(&mut comp_scope, (e.0, i as u32))?,
                ScopeNode::Module => {}
            }
        }
        comp_scope.sort_unstable();
        Ok(Module {
            ast,
            scopes,
            qstrs: QstrTable::new(source_name, alloc.clone())?,
            consts: ConstTable::new(alloc),
            func_scope,
            class_scope,
            comp_scope,
            exc_stack,
            opts,
        })
    }
}

/// The state of one pass over one scope.
pub struct Gen<'g, 'm, A: Allocator + Clone, E: Emitter + ?Sized> {
    /// Module-wide state.
    pub m: &'g mut Module<'m, A>,
    /// The emitter.
    pub e: &'g mut E,
    /// The pass being run.
    pub pass: Pass,
    /// Index of the scope being compiled.
    pub cur: usize,
    next_label: u32,
    /// `break` target, with the "break out of a for loop" flag.
    pub break_label: Option<(Label, bool)>,
    /// `continue` target.
    pub continue_label: Option<Label>,
    /// Exception depth at the start of the innermost loop.
    pub loop_except_level: u16,
    /// Current exception-block depth.
    pub except_level: u16,
    /// Children created so far in this pass (their index is the child number).
    pub children: Vec<u32, A>,
}

/// Identifier record kinds turned into the access the emitter needs.
fn access_of(kind: IdKind, local: u16, qstr: u32) -> IdAccess {
    match kind {
        IdKind::Local => IdAccess::Fast(local),
        IdKind::Cell | IdKind::Free => IdAccess::Deref(local),
        IdKind::GlobalExplicit => IdAccess::Global(qstr),
        _ => IdAccess::Name(qstr),
    }
}

impl<'g, 'm, A: Allocator + Clone, E: Emitter + ?Sized> Gen<'g, 'm, A, E> {
    /// Runs pass `pass` over scope `cur`; returns the children it created (in child order)
    /// and whether the emitter's output is final.
    pub fn run(
        m: &'g mut Module<'m, A>,
        e: &'g mut E,
        pass: Pass,
        cur: usize,
        alloc: A,
    ) -> Result<(Vec<u32, A>, bool)> {
        let mut g = Gen {
            m,
            e,
            pass,
            cur,
            next_label: 0,
            break_label: None,
            continue_label: None,
            loop_except_level: 0,
            except_level: 0,
            children: Vec::new_in(alloc.clone()),
        };
        g.start(alloc)?;
        g.body()?;
        let done = g.e.end_pass()?;
        Ok((g.children, done))
    }

    /// The AST.
    pub fn ast(&self) -> &'m Ast<A> {
        self.m.ast
    }

    /// The scope being compiled.
    pub fn scope(&self) -> &'m Scope<A> {
        &self.m.scopes.list[self.cur]
    }

    /// A fresh label.
    pub fn label(&mut self) -> Label {
        self.next_label += 1;
        Label(self.next_label - 1)
    }

    /// Reports the line of a node that MicroPython compiles as a rule node.
    pub fn line(&mut self, line: u32) {
        self.e.set_source_line(line);
    }

    /// The qstr index of an identifier.
    pub fn q(&mut self, s: Sym) -> Result<u32> {
        let names = &self.m.ast.names;
        self.m.qstrs.of_sym(names, s)
    }

    /// The qstr index of a string.
    pub fn qb(&mut self, s: &[u8]) -> Result<u32> {
        self.m.qstrs.of_bytes(s)
    }

    /// Loads, stores or deletes a name as scope analysis decided (nothing in pass 1).
    pub fn id(&mut self, access: Access, name: Sym) -> Result<()> {
        if self.pass == Pass::Scope {
            return Ok(());
        }
        let s = self.scope();
        let (kind, local) = match s.find(name) {
            Some(i) => (s.ids[i].kind, s.ids[i].local_num),
            None => (IdKind::GlobalImplicit, 0),
        };
        let kind = match (kind, s.kind.is_func_like()) {
            // A record left implicit in a function-like scope is a global (§11.3).
            (IdKind::GlobalImplicit, true) => IdKind::GlobalExplicit,
            (k, _) => k,
        };
        let qstr = match kind {
            IdKind::Local | IdKind::Cell | IdKind::Free => 0,
            _ => self.q(name)?,
        };
        self.e.id_op(access, access_of(kind, local, qstr));
        Ok(())
    }

    /// Loads a name by its text (names the compiler itself refers to).
    pub fn id_str(&mut self, access: Access, name: &[u8]) -> Result<()> {
        match self.m.ast.names.lookup(name) {
            Some(s) => self.id(access, s),
            None => {
                // Never recorded by the analysis: a name lookup (cannot happen for the names
                // the compiler uses, which the analysis always records).
                if self.pass != Pass::Scope {
                    let q = self.qb(name)?;
                    self.e.id_op(access, IdAccess::Name(q));
                }
                Ok(())
            }
        }
    }

    /// LOAD_GLOBAL of a name chosen by the compiler (emitted in every pass).
    pub fn load_global_str(&mut self, name: &[u8]) -> Result<()> {
        let q = self.qb(name)?;
        self.e.id_op(Access::Load, IdAccess::Global(q));
        Ok(())
    }

    /// Pushes constant node `e` through the constant table.
    pub fn const_obj(&mut self, key: ConstKey) -> Result<()> {
        let i = self.m.consts.index(self.m.ast, key)?;
        self.e.load_const_obj(i);
        Ok(())
    }

    /// Whether `e` is an int literal that is a small int on the target.
    pub fn small_int(&self, e: ExprId) -> Option<i64> {
        match self.ast().expr(e).kind {
            ExprKind::Int(v) if fits_small_int(v.get(), self.m.opts.small_int_bits) => {
                Some(v.get() as i64)
            }
            _ => None,
        }
    }

    /// Pushes an exception block (keeping the depth statistics of pass 1).
    pub fn increase_except_level(&mut self, l: Label, kind: BlockKind) {
        self.e.setup_block(l, kind);
        self.except_level += 1;
        let max = &mut self.m.exc_stack[self.cur];
        if self.except_level > *max {
            *max = self.except_level;
        }
    }

    /// Closes an exception block with END_FINALLY.
    pub fn decrease_except_level(&mut self) {
        self.except_level = self.except_level.saturating_sub(1);
        self.e.end_finally();
    }

    fn start(&mut self, alloc: A) -> Result<()> {
        let s = self.scope();
        let simple_name = self.q(s.name)?;
        let mut arg_names: Vec<u32, A> = Vec::new_in(alloc.clone());
        let mut cells: Vec<u8, A> = Vec::new_in(alloc);
        let mut n_def_pos = 0u16;
        if self.pass != Pass::Scope {
            // Argument names are written from pass 2 on (the count is 0 during pass 1).
            for i in 0..s.num_pos_args + s.num_kwonly_args {
                let name = s.ids.iter().find(|id| {
                    id.flags & FLAG_PARAM != 0
                        && id.local_num == i
                        && !self.m.ast.names.get(id.name).is_empty()
                });
                let q = match name {
                    Some(id) => self.q(id.name)?,
                    None => self.qb(b"*")?,
                };
                push(&mut arg_names, q)?;
            }
            for id in s.ids.iter() {
                if id.kind == IdKind::Cell {
                    push(&mut cells, id.local_num as u8)?;
                }
            }
            if let ScopeNode::Func(f) = s.node {
                n_def_pos = count_pos_defaults(self.ast(), self.ast().funcs[f.0 as usize].params);
            }
        }
        let mut sig_flags = 0u8;
        if s.flags & SCOPE_GENERATOR != 0 {
            sig_flags |= 0x01;
        }
        if s.flags & SCOPE_VARKEYWORDS != 0 {
            sig_flags |= 0x02;
        }
        if s.flags & SCOPE_VARARGS != 0 {
            sig_flags |= 0x04;
        }
        if s.flags & SCOPE_DEFKWARGS != 0 {
            sig_flags |= 0x08;
        }
        let info = ScopeInfo {
            pass: self.pass,
            simple_name,
            arg_names: &arg_names,
            num_locals: s.num_locals,
            exc_stack_size: self.m.exc_stack[self.cur],
            sig_flags,
            n_pos_args: s.num_pos_args,
            n_kwonly_args: s.num_kwonly_args,
            n_def_pos_args: n_def_pos,
            cells: &cells,
        };
        if self.pass == Pass::Scope {
            self.m.exc_stack[self.cur] = 0;
        }
        self.e.start_pass(&info)
    }

    /// The code of the scope body, with its epilogue (§12.1).
    fn body(&mut self) -> Result<()> {
        let s = self.scope();
        let ast = self.ast();
        match s.node {
            ScopeNode::Module => {
                self.stmts(ast.body)?;
                self.e.load_const_tok(ConstTok::None);
                self.e.return_value();
            }
            ScopeNode::Func(f) => {
                let func = ast.funcs[f.0 as usize];
                if func.is_lambda {
                    self.line(func.line);
                    if let Some(b) = func.lambda_body {
                        self.expr(b)?;
                    }
                    if s.flags & SCOPE_GENERATOR != 0 {
                        self.e.pop_top();
                        self.e.load_const_tok(ConstTok::None);
                    }
                    self.e.return_value();
                } else {
                    self.stmts(func.body)?;
                    // Emitted even after a return: dead code still counts for n_state.
                    self.e.load_const_tok(ConstTok::None);
                    self.e.return_value();
                }
            }
            ScopeNode::Class(c) => {
                let class = ast.classes[c.0 as usize];
                self.id_str(Access::Load, b"__name__")?;
                self.id_str(Access::Store, b"__module__")?;
                let q = self.q(class.name)?;
                self.e.load_const_str(q);
                self.id_str(Access::Store, b"__qualname__")?;
                self.stmts(class.body)?;
                let cell = s
                    .ids
                    .first()
                    .filter(|id| id.kind == IdKind::Cell)
                    .map(|id| id.local_num);
                match cell {
                    Some(n) => self.e.id_op(Access::Load, IdAccess::Fast(n)),
                    None => self.e.load_const_tok(ConstTok::None),
                }
                self.e.return_value();
            }
            ScopeNode::Comp(ce) => self.comp_body(ce)?,
        }
        Ok(())
    }

    /// The body of a comprehension scope (§12.1, §12.10).
    fn comp_body(&mut self, ce: ExprId) -> Result<()> {
        let ExprKind::Comp {
            scope_line,
            kind,
            elt,
            value,
            clauses,
            ..
        } = self.ast().expr(ce).kind
        else {
            return Err(CompileError::syntax("invalid syntax", 0));
        };
        self.line(scope_line);
        match kind {
            CompKind::List => self.e.build(0, BuildKind::List),
            CompKind::Dict => self.e.build(0, BuildKind::Map),
            CompKind::Set => self.e.build(0, BuildKind::Set),
            CompKind::Gen => {}
        }
        if kind == CompKind::Gen {
            // The 4 iterator slots: NULL marks that the next slot holds an iterator object.
            self.e.load_null();
            self.id_str(Access::Load, b"")?;
            self.e.load_null();
            self.e.load_null();
        } else {
            self.id_str(Access::Load, b"")?;
            self.e.get_iter(true);
        }
        let cs = self.ast().list(clauses);
        self.comp_iter(cs, 0, 0, kind, elt, value)?;
        if kind == CompKind::Gen {
            self.e.load_const_tok(ConstTok::None);
        }
        self.e.return_value();
        Ok(())
    }

    /// One `for` clause of a comprehension and everything nested in it.
    fn comp_iter(
        &mut self,
        cs: &[u32],
        k: usize,
        depth: u32,
        kind: CompKind,
        elt: ExprId,
        value: Option<ExprId>,
    ) -> Result<()> {
        let top = self.label();
        let end = self.label();
        self.e.label_assign(top);
        self.e.for_iter(end);
        let ast = self.ast();
        if let Some(&c) = cs.get(k)
            && let CompClause::For { target, .. } = ast.clauses[c as usize]
        {
            self.assign(target, AssignKind::Store)?;
        }
        let mut nested = false;
        for (i, &c) in cs.iter().enumerate().skip(k + 1) {
            match ast.clauses[c as usize] {
                CompClause::If(t) => self.cond(t, false, top)?,
                CompClause::For { iter, .. } => {
                    self.expr(iter)?;
                    self.e.get_iter(true);
                    self.comp_iter(cs, i, depth + 1, kind, elt, value)?;
                    nested = true;
                    break;
                }
            }
        }
        if !nested {
            match (kind, value) {
                (CompKind::Dict, Some(v)) => {
                    // The key:value item node reports the key's line; the value goes first.
                    self.line(ast.expr(elt).line);
                    self.expr(v)?;
                    self.expr(elt)?;
                    self.e.store_comp(CompStore::Dict, 4 * depth + 5);
                }
                (CompKind::Gen, _) => {
                    self.expr(elt)?;
                    self.e.yield_(false);
                    self.e.pop_top();
                }
                (CompKind::Set, _) => {
                    self.expr(elt)?;
                    self.e.store_comp(CompStore::Set, 4 * depth + 5);
                }
                _ => {
                    self.expr(elt)?;
                    self.e.store_comp(CompStore::List, 4 * depth + 5);
                }
            }
        }
        self.e.jump(top);
        self.e.label_assign(end);
        self.e.for_iter_end();
        Ok(())
    }

    /// Scope index of a comprehension expression.
    fn comp_scope_of(&self, e: ExprId) -> Result<usize> {
        let v = &self.m.comp_scope;
        v.binary_search_by_key(&e.0, |&(x, _)| x)
            .map(|i| v[i].1 as usize)
            .map_err(|_| CompileError::syntax("invalid syntax", 0))
    }

    /// Creates the function object of child scope `child` (defaults already on the stack):
    /// closed-over cells first, then MAKE_FUNCTION/MAKE_CLOSURE (§12.11).
    pub fn close_over(&mut self, child: usize, n_pos: u32, n_kw: u32) -> Result<()> {
        let cur = self.scope();
        let ch = &self.m.scopes.list[child];
        let mut nfree = 0;
        if cur.kind != ScopeKind::Module {
            for id in cur.ids.iter() {
                if id.kind == IdKind::Cell || id.kind == IdKind::Free {
                    for id2 in ch.ids.iter() {
                        if id2.kind == IdKind::Free && id2.name == id.name {
                            self.e.id_op(Access::Load, IdAccess::Fast(id.local_num));
                            nfree += 1;
                        }
                    }
                }
            }
        }
        let index = self.children.len() as u32;
        push(&mut self.children, child as u32)?;
        if nfree == 0 {
            self.e.make_function(index, n_pos, n_kw);
        } else {
            self.e.make_closure(index, nfree, n_pos, n_kw);
        }
        Ok(())
    }

    /// Defaults and creation of a def or lambda (§12.11).
    pub fn funcdef_lambdef(&mut self, f: FuncId) -> Result<()> {
        let ast = self.ast();
        let func = ast.funcs[f.0 as usize];
        let child = self.m.func_scope[f.0 as usize] as usize;
        let mut have_star = false;
        let mut n_dict = 0u32;
        let mut n_def = 0u32;
        for &pi in ast.list(func.params) {
            let p = ast.params[pi as usize];
            match p.kind {
                ParamKind::Star | ParamKind::BareStar => have_star = true,
                ParamKind::DblStar => {}
                ParamKind::Normal => {
                    let Some(d) = p.default else { continue };
                    if have_star {
                        n_dict += 1;
                        if n_dict == 1 {
                            // Positional defaults are packed before the keyword dict starts.
                            if n_def > 0 {
                                self.e.build(n_def, BuildKind::Tuple);
                            } else {
                                self.e.load_null();
                            }
                            self.e.build(0, BuildKind::Map);
                        }
                        self.expr(d)?;
                        let q = self.q(p.name)?;
                        self.e.load_const_str(q);
                        self.e.store_map();
                    } else {
                        n_def += 1;
                        self.expr(d)?;
                    }
                }
            }
        }
        if n_def > 0 && n_dict == 0 {
            self.e.build(n_def, BuildKind::Tuple);
            self.e.load_null();
        }
        if child == u32::MAX as usize {
            return Err(CompileError::syntax("invalid syntax", func.line));
        }
        self.close_over(child, n_def, n_dict)
    }

    /// A class definition up to the call of `__build_class__` (§12.12).
    pub fn classdef(&mut self, c: ClassId) -> Result<()> {
        let class = self.ast().classes[c.0 as usize];
        let child = self.m.class_scope[c.0 as usize] as usize;
        if child == u32::MAX as usize {
            return Err(CompileError::syntax("invalid syntax", class.line));
        }
        self.e.load_build_class();
        self.close_over(child, 0, 0)?;
        let q = self.q(class.name)?;
        self.e.load_const_str(q);
        let args = class.args.unwrap_or(List::EMPTY);
        self.call_args(args, false, 2)
    }

    /// A comprehension in its enclosing scope: the function, the outermost iterable, the call.
    pub fn comprehension(&mut self, ce: ExprId) -> Result<()> {
        let ExprKind::Comp { kind, clauses, .. } = self.ast().expr(ce).kind else {
            return Ok(());
        };
        let child = self.comp_scope_of(ce)?;
        self.close_over(child, 0, 0)?;
        if let Some(&c) = self.ast().list(clauses).first()
            && let CompClause::For { iter, .. } = self.ast().clauses[c as usize]
        {
            self.expr(iter)?;
        }
        if kind == CompKind::Gen {
            self.e.get_iter(false);
        }
        self.e.call_function(1, 0, false);
        Ok(())
    }
}

/// Positional parameters with a default value (the prelude's `n_def_pos_args`).
pub fn count_pos_defaults<A: Allocator + Clone>(ast: &Ast<A>, params: List) -> u16 {
    let mut n = 0;
    for &pi in ast.list(params) {
        let p = ast.params[pi as usize];
        match p.kind {
            ParamKind::Star | ParamKind::BareStar => break,
            ParamKind::Normal if p.default.is_some() => n += 1,
            _ => {}
        }
    }
    n
}

/// How an assignment target is compiled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AssignKind {
    /// A plain store.
    Store,
    /// The load half of an augmented assignment.
    AugLoad,
    /// The store half of an augmented assignment.
    AugStore,
}
