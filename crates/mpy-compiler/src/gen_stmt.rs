//! Code generation for statements (bytecode.md §12.2–§12.6, §12.11–§12.16).

use allocator_api2::alloc::Allocator;

use crate::ast::*;
use crate::codegen::{AssignKind, Gen};
use crate::emit::*;
use crate::error::{CompileError, Result};
use crate::fold;
use crate::intern::Sym;

/// Binary-operator number of exception matching (§5.2).
pub const OP_EXCEPTION_MATCH: u8 = 8;
/// Binary-operator number of `<`.
const OP_LESS: u8 = 0;
/// Binary-operator number of `>`.
const OP_MORE: u8 = 1;
/// Binary-operator number of `+=`.
const OP_INPLACE_ADD: u8 = 14;

/// Number of the in-place form of a binary operator.
pub fn inplace_op(op: BinOp) -> u8 {
    9 + op as u8
}

impl<A: Allocator + Clone, E: Emitter + ?Sized> Gen<'_, '_, A, E> {
    /// A statement list: each statement reports its line first.
    pub fn stmts(&mut self, l: List) -> Result<()> {
        for s in self.ast().stmts_of(l) {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, sid: StmtId) -> Result<()> {
        let st = *self.ast().stmt(sid);
        self.line(st.line);
        match st.kind {
            StmtKind::Expr(e) => {
                if !fold::is_lonely_const(&self.ast().expr(e).kind) {
                    self.expr(e)?;
                    self.e.pop_top();
                }
                Ok(())
            }
            StmtKind::Assign { targets, value } => self.assign_stmt(targets, value),
            StmtKind::AugAssign { target, op, value } => {
                self.assign(target, AssignKind::AugLoad)?;
                self.expr(value)?;
                self.e.binary_op(inplace_op(op));
                self.assign(target, AssignKind::AugStore)
            }
            StmtKind::AnnAssign { target, value, .. } => match value {
                Some(v) => self.plain_assign(target, v),
                None => Ok(()),
            },
            StmtKind::Pass | StmtKind::Global(_) | StmtKind::Nonlocal(_) => Ok(()),
            StmtKind::Break | StmtKind::Continue => {
                let is_break = matches!(st.kind, StmtKind::Break);
                let (label, from_for) = if is_break {
                    self.break_label.ok_or(CompileError::syntax(
                        "'break'/'continue' outside loop",
                        st.line,
                    ))?
                } else {
                    let l = self.continue_label.ok_or(CompileError::syntax(
                        "'break'/'continue' outside loop",
                        st.line,
                    ))?;
                    (l, false)
                };
                let depth = self.except_level.saturating_sub(self.loop_except_level);
                self.e.unwind_jump(label, depth, from_for);
                Ok(())
            }
            StmtKind::Return(v) => self.return_stmt(v),
            StmtKind::Raise(e, c) => {
                match (e, c) {
                    (None, _) => self.e.raise_varargs(0),
                    (Some(e), None) => {
                        self.expr(e)?;
                        self.e.raise_varargs(1);
                    }
                    (Some(e), Some(c)) => {
                        self.expr(e)?;
                        self.expr(c)?;
                        self.e.raise_varargs(2);
                    }
                }
                Ok(())
            }
            StmtKind::Del(e) => self.del(e),
            StmtKind::Assert(t, msg) => {
                if self.m.opts.optimize != 0 {
                    return Ok(());
                }
                let end = self.label();
                self.cond(t, true, end)?;
                self.load_global_str(b"AssertionError")?;
                if let Some(m) = msg {
                    self.expr(m)?;
                    self.e.call_function(1, 0, false);
                }
                self.e.raise_varargs(1);
                self.e.label_assign(end);
                Ok(())
            }
            StmtKind::Import(aliases) => {
                for &a in self.ast().list(aliases) {
                    let al = self.ast().aliases[a as usize];
                    self.e.load_const_small_int(0);
                    self.e.load_const_tok(ConstTok::None);
                    let q = self.q(al.name)?;
                    self.e.import(ImportKind::Name(q));
                    let parts = self.ast().list(al.parts);
                    let target = match al.asname {
                        Some(n) => {
                            for &p in parts.iter().skip(1) {
                                let q = self.q(Sym(p))?;
                                self.e.attr(q, Access::Load);
                            }
                            n
                        }
                        None => Sym(parts.first().copied().unwrap_or(al.name.0)),
                    };
                    self.id(Access::Store, target)?;
                }
                Ok(())
            }
            StmtKind::ImportFrom {
                level,
                module,
                names,
            } => self.import_from(level, module, names),
            StmtKind::If { branches, orelse } => self.if_stmt(branches, orelse),
            StmtKind::While { test, body, orelse } => self.while_stmt(test, body, orelse),
            StmtKind::For {
                is_async,
                target,
                iter,
                body,
                orelse,
            } => {
                if is_async {
                    self.async_for(target, iter, body, orelse)
                } else if let Some(r) = self.range_args(target, iter) {
                    self.for_range(target, r, body, orelse)
                } else {
                    self.for_stmt(target, iter, body, orelse)
                }
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => match finalbody {
                Some(f) => self.try_finally(body, handlers, orelse, f),
                None => self.try_except(body, handlers, orelse),
            },
            StmtKind::With {
                is_async,
                items,
                body,
            } => {
                let its = self.ast().list(items);
                if is_async {
                    self.async_with(its, body)
                } else {
                    self.with(its, body)
                }
            }
            StmtKind::FunctionDef(f) => {
                let func = self.ast().funcs[f.0 as usize];
                let n = self.decorators(func.decorators)?;
                self.funcdef_lambdef(f)?;
                (0..n).for_each(|_| self.e.call_function(1, 0, false));
                self.id(Access::Store, func.name)
            }
            StmtKind::ClassDef(c) => {
                let class = self.ast().classes[c.0 as usize];
                let n = self.decorators(class.decorators)?;
                self.classdef(c)?;
                (0..n).for_each(|_| self.e.call_function(1, 0, false));
                self.id(Access::Store, class.name)
            }
        }
    }

    /// `t1 = t2 = ... = value`.
    fn assign_stmt(&mut self, targets: List, value: ExprId) -> Result<()> {
        let ts = self.ast().list(targets);
        if let [t] = *ts {
            return self.plain_assign(ExprId(t), value);
        }
        self.expr(value)?;
        for (i, &t) in ts.iter().enumerate() {
            if i + 1 < ts.len() {
                self.e.dup_top();
            }
            self.assign(ExprId(t), AssignKind::Store)?;
        }
        Ok(())
    }

    /// `target = value`, with the `a, b = c, d` and `a, b, c = d, e, f` rotations (§12.2).
    fn plain_assign(&mut self, target: ExprId, value: ExprId) -> Result<()> {
        let ast = self.ast();
        if let (
            ExprKind::Tuple {
                items: lhs,
                paren: false,
            },
            ExprKind::Tuple {
                items: rhs,
                paren: false,
            },
        ) = (ast.expr(target).kind, ast.expr(value).kind)
            && lhs.len == rhs.len
            && (lhs.len == 2 || lhs.len == 3)
            && !ast
                .exprs_of(lhs)
                .any(|e| matches!(ast.expr(e).kind, ExprKind::Star(_)))
        {
            let (l, r) = (ast.list(lhs), ast.list(rhs));
            for &v in r {
                self.expr(ExprId(v))?;
            }
            if l.len() == 3 {
                self.e.rot_three();
            }
            self.e.rot_two();
            for &t in l {
                self.assign(ExprId(t), AssignKind::Store)?;
            }
            return Ok(());
        }
        self.expr(value)?;
        self.assign(target, AssignKind::Store)
    }

    fn return_stmt(&mut self, v: Option<ExprId>) -> Result<()> {
        match v {
            None => self.e.load_const_tok(ConstTok::None),
            Some(v) => match self.ast().expr(v).kind {
                ExprKind::IfExp { test, body, orelse } => {
                    let fail = self.label();
                    self.cond(test, false, fail)?;
                    self.expr(body)?;
                    self.e.return_value();
                    self.e.label_assign(fail);
                    self.expr(orelse)?;
                }
                _ => self.expr(v)?,
            },
        }
        self.e.return_value();
        Ok(())
    }

    fn del(&mut self, t: ExprId) -> Result<()> {
        let ast = self.ast();
        let x = *ast.expr(t);
        match x.kind {
            ExprKind::Name(n) => self.id(Access::Delete, n),
            ExprKind::Trailers { atom, trailers } if !trailers.is_empty() => {
                let ts = ast.list(trailers);
                self.expr(atom)?;
                for &tr in &ts[..ts.len() - 1] {
                    self.trailer_node(tr)?;
                }
                let last = ast.trailers[ts[ts.len() - 1] as usize];
                match last.kind {
                    TrailerKind::Index(i) => {
                        self.expr(i)?;
                        self.e.subscr(Access::Delete);
                    }
                    TrailerKind::Attr(a) => {
                        let q = self.q(a)?;
                        self.e.attr(q, Access::Delete);
                    }
                    TrailerKind::Call(_) => {
                        return Err(CompileError::syntax("can't delete expression", x.line));
                    }
                }
                Ok(())
            }
            ExprKind::Tuple { items, paren } if !(paren && items.is_empty()) => {
                for &i in ast.list(items) {
                    self.del(ExprId(i))?;
                }
                Ok(())
            }
            _ => Err(CompileError::syntax("can't delete expression", x.line)),
        }
    }

    fn import_from(&mut self, level: u32, module: Option<Sym>, names: Option<List>) -> Result<()> {
        self.e.load_const_small_int(i64::from(level));
        let ast = self.ast();
        match names {
            None => {
                let q = self.qb(b"*")?;
                self.e.load_const_str(q);
                self.e.build(1, BuildKind::Tuple);
                self.import_module(module)?;
                self.e.import(ImportKind::Star);
            }
            Some(names) => {
                let ns = ast.list(names);
                for &a in ns {
                    let q = self.q(ast.aliases[a as usize].name)?;
                    self.e.load_const_str(q);
                }
                self.e.build(ns.len() as u32, BuildKind::Tuple);
                self.import_module(module)?;
                for &a in ns {
                    let al = ast.aliases[a as usize];
                    let q = self.q(al.name)?;
                    self.e.import(ImportKind::From(q));
                    self.id(Access::Store, al.asname.unwrap_or(al.name))?;
                }
                self.e.pop_top();
            }
        }
        Ok(())
    }

    fn import_module(&mut self, module: Option<Sym>) -> Result<()> {
        let q = match module {
            Some(m) => self.q(m)?,
            None => self.qb(b"")?,
        };
        self.e.import(ImportKind::Name(q));
        Ok(())
    }

    /// Decorators other than `@micropython.*`; returns how many need a call (§12.11).
    fn decorators(&mut self, decs: List) -> Result<usize> {
        let ast = self.ast();
        let mut n = 0;
        for d in ast.exprs_of(decs) {
            let (atom, trailers) = match ast.expr(d).kind {
                ExprKind::Trailers { atom, trailers } => (atom, ast.list(trailers)),
                _ => (d, &[][..]),
            };
            if let ExprKind::Name(first) = ast.expr(atom).kind
                && ast.names.get(first) == b"micropython"
            {
                // A compile-time marker: the scope analysis chose the emitter.
                continue;
            }
            n += 1;
            self.expr(atom)?;
            for &t in trailers {
                let tr = ast.trailers[t as usize];
                match tr.kind {
                    TrailerKind::Attr(a) => {
                        let q = self.q(a)?;
                        self.e.attr(q, Access::Load);
                    }
                    TrailerKind::Call(args) => {
                        self.line(tr.line);
                        self.call_args(args, false, 0)?;
                    }
                    TrailerKind::Index(_) => {}
                }
            }
        }
        Ok(n)
    }

    fn if_stmt(&mut self, branches: List, orelse: Option<List>) -> Result<()> {
        let ast = self.ast();
        let end = self.label();
        let bs = ast.list(branches);
        for (k, &b) in bs.iter().enumerate() {
            let br = ast.branches[b as usize];
            let truth = fold::truthiness(&ast.expr(br.test).kind);
            if truth == Some(false) {
                continue;
            }
            let fail = self.label();
            self.cond(br.test, false, fail)?;
            self.stmts(br.body)?;
            if truth == Some(true) {
                self.e.label_assign(end);
                return Ok(());
            }
            // The `if` skips the jump when nothing follows; an `elif` always jumps.
            if k > 0 || bs.len() > 1 || orelse.is_some() {
                self.e.jump(end);
            }
            self.e.label_assign(fail);
        }
        if let Some(o) = orelse {
            self.stmts(o)?;
        }
        self.e.label_assign(end);
        Ok(())
    }

    /// Saves the loop labels, runs `f` with new ones, restores them.
    fn in_loop(
        &mut self,
        brk: Label,
        cont: Label,
        from_for: bool,
        f: impl FnOnce(&mut Self) -> Result<()>,
    ) -> Result<()> {
        let saved = (
            self.break_label,
            self.continue_label,
            self.loop_except_level,
        );
        self.break_label = Some((brk, from_for));
        self.continue_label = Some(cont);
        self.loop_except_level = self.except_level;
        let r = f(self);
        (
            self.break_label,
            self.continue_label,
            self.loop_except_level,
        ) = saved;
        r
    }

    fn while_stmt(&mut self, test: ExprId, body: List, orelse: Option<List>) -> Result<()> {
        let brk = self.label();
        let cont = self.label();
        let truth = fold::truthiness(&self.ast().expr(test).kind);
        if truth != Some(false) {
            self.in_loop(brk, cont, false, |g| {
                let top = g.label();
                if truth != Some(true) {
                    g.e.jump(cont);
                }
                g.e.label_assign(top);
                g.stmts(body)?;
                g.e.label_assign(cont);
                g.cond(test, true, top)
            })?;
        }
        if let Some(o) = orelse {
            self.stmts(o)?;
        }
        self.e.label_assign(brk);
        Ok(())
    }

    fn for_stmt(
        &mut self,
        target: ExprId,
        iter: ExprId,
        body: List,
        orelse: Option<List>,
    ) -> Result<()> {
        let brk = self.label();
        let cont = self.label();
        self.in_loop(brk, cont, true, |g| {
            let pop = g.label();
            g.expr(iter)?;
            g.e.get_iter(true);
            g.e.label_assign(cont);
            g.e.for_iter(pop);
            g.assign(target, AssignKind::Store)?;
            g.stmts(body)?;
            g.e.jump(cont);
            g.e.label_assign(pop);
            g.e.for_iter_end();
            Ok(())
        })?;
        if let Some(o) = orelse {
            self.stmts(o)?;
        }
        self.e.label_assign(brk);
        Ok(())
    }

    /// The arguments of `for NAME in range(...)` when the loop can count on the stack:
    /// (start, end, step), `None` meaning the default (§12.6).
    fn range_args(&self, target: ExprId, iter: ExprId) -> Option<RangeArgs> {
        let ast = self.ast();
        if !matches!(ast.expr(target).kind, ExprKind::Name(_)) {
            return None;
        }
        let ExprKind::Trailers { atom, trailers } = ast.expr(iter).kind else {
            return None;
        };
        let ExprKind::Name(r) = ast.expr(atom).kind else {
            return None;
        };
        if ast.names.get(r) != b"range" || trailers.len != 1 {
            return None;
        }
        let TrailerKind::Call(args) = ast.trailers[ast.list(trailers)[0] as usize].kind else {
            return None;
        };
        let mut pos = [None; 3];
        if args.len == 0 || args.len > 3 {
            return None;
        }
        for (k, &a) in ast.list(args).iter().enumerate() {
            match ast.args[a as usize].kind {
                ArgKind::Pos(e)
                    if !matches!(
                        ast.expr(e).kind,
                        ExprKind::Comp { .. } | ExprKind::Walrus(..)
                    ) =>
                {
                    pos[k] = Some(e)
                }
                _ => return None,
            }
        }
        match args.len {
            1 => Some(RangeArgs {
                start: None,
                end: pos[0]?,
                step: None,
            }),
            2 => Some(RangeArgs {
                start: pos[0],
                end: pos[1]?,
                step: None,
            }),
            _ => {
                let step = pos[2]?;
                match self.small_int(step) {
                    Some(v) if v != 0 => Some(RangeArgs {
                        start: pos[0],
                        end: pos[1]?,
                        step: Some(step),
                    }),
                    _ => None,
                }
            }
        }
    }

    fn for_range(
        &mut self,
        target: ExprId,
        r: RangeArgs,
        body: List,
        orelse: Option<List>,
    ) -> Result<()> {
        let brk = self.label();
        let cont = self.label();
        let end_on_stack = self.small_int(r.end).is_none();
        let step_neg = r.step.and_then(|s| self.small_int(s)).unwrap_or(1) < 0;
        self.in_loop(brk, cont, false, |g| {
            let top = g.label();
            let entry = g.label();
            if end_on_stack {
                g.expr(r.end)?;
            }
            match r.start {
                Some(s) => g.expr(s)?,
                None => g.e.load_const_small_int(0),
            }
            g.e.jump(entry);
            g.e.label_assign(top);
            g.e.dup_top();
            g.assign(target, AssignKind::Store)?;
            g.stmts(body)?;
            g.e.label_assign(cont);
            match r.step {
                Some(s) => g.expr(s)?,
                None => g.e.load_const_small_int(1),
            }
            g.e.binary_op(OP_INPLACE_ADD);
            g.e.label_assign(entry);
            if end_on_stack {
                g.e.dup_top_two();
                g.e.rot_two();
            } else {
                g.e.dup_top();
                g.expr(r.end)?;
            }
            g.e.binary_op(if step_neg { OP_MORE } else { OP_LESS });
            g.e.pop_jump_if(true, top);
            Ok(())
        })?;
        let mut end_label = None;
        if let Some(o) = orelse {
            self.e.pop_top();
            if end_on_stack {
                self.e.pop_top();
            }
            self.stmts(o)?;
            let l = self.label();
            self.e.jump(l);
            self.e.adjust_stack_size(1 + i32::from(end_on_stack));
            end_label = Some(l);
        }
        self.e.label_assign(brk);
        self.e.pop_top();
        if end_on_stack {
            self.e.pop_top();
        }
        if let Some(l) = end_label {
            self.e.label_assign(l);
        }
        Ok(())
    }

    fn try_except(&mut self, body: List, handlers: List, orelse: Option<List>) -> Result<()> {
        let ast = self.ast();
        let l1 = self.label();
        let success = self.label();
        self.increase_except_level(l1, BlockKind::Except);
        self.stmts(body)?;
        self.e.pop_except_jump(success, false);
        self.e.label_assign(l1);
        self.e.start_except_handler();
        let l2 = self.label();
        let hs = ast.list(handlers);
        for &h in hs {
            let hd = ast.handlers[h as usize];
            let end_finally = self.label();
            if let Some(t) = hd.typ {
                self.e.dup_top();
                self.expr(t)?;
                self.e.binary_op(OP_EXCEPTION_MATCH);
                self.e.pop_jump_if(false, end_finally);
            }
            match hd.name {
                None => self.e.pop_top(),
                Some(n) => self.id(Access::Store, n)?,
            }
            let l3 = match hd.name {
                Some(_) => {
                    let l3 = self.label();
                    self.increase_except_level(l3, BlockKind::Finally);
                    Some(l3)
                }
                None => None,
            };
            self.stmts(hd.body)?;
            if let (Some(l3), Some(n)) = (l3, hd.name) {
                // `finally: e = None; del e`, so the name never outlives the handler.
                self.e.load_const_tok(ConstTok::None);
                self.e.label_assign(l3);
                self.e.adjust_stack_size(1);
                self.e.load_const_tok(ConstTok::None);
                self.id(Access::Store, n)?;
                self.id(Access::Delete, n)?;
                self.e.adjust_stack_size(-1);
                self.decrease_except_level();
            }
            self.e.pop_except_jump(l2, true);
            self.e.label_assign(end_finally);
            self.e.adjust_stack_size(1);
        }
        self.decrease_except_level();
        self.e.end_except_handler();
        self.e.label_assign(success);
        if let Some(o) = orelse {
            self.stmts(o)?;
        }
        self.e.label_assign(l2);
        Ok(())
    }

    fn try_finally(
        &mut self,
        body: List,
        handlers: List,
        orelse: Option<List>,
        finalbody: List,
    ) -> Result<()> {
        let lf = self.label();
        self.increase_except_level(lf, BlockKind::Finally);
        if handlers.is_empty() {
            // Room for the state of an UNWIND_JUMP through the finally.
            self.e.adjust_stack_size(3);
            self.stmts(body)?;
            self.e.adjust_stack_size(-3);
        } else {
            self.try_except(body, handlers, orelse)?;
        }
        self.e.load_const_tok(ConstTok::None);
        self.e.label_assign(lf);
        self.e.adjust_stack_size(1);
        self.stmts(finalbody)?;
        self.e.adjust_stack_size(-1);
        self.decrease_except_level();
        Ok(())
    }

    fn with(&mut self, items: &[u32], body: List) -> Result<()> {
        let Some((&first, rest)) = items.split_first() else {
            return self.stmts(body);
        };
        let it = self.ast().with_items[first as usize];
        let end = self.label();
        self.expr(it.ctx)?;
        self.increase_except_level(end, BlockKind::With);
        match it.target {
            Some(t) => self.assign(t, AssignKind::Store)?,
            None => self.e.pop_top(),
        }
        self.with(rest, body)?;
        self.e.with_cleanup(end);
        self.decrease_except_level();
        Ok(())
    }

    /// `await obj.method()`: call then delegate (§12.15).
    fn await_method(&mut self, name: &[u8]) -> Result<()> {
        let q = self.qb(name)?;
        self.e.load_method(q, false);
        self.e.call_method(0, 0, false);
        self.yield_from();
        Ok(())
    }

    /// GET_ITER, LOAD_CONST_NONE, YIELD_FROM.
    pub fn yield_from(&mut self) {
        self.e.get_iter(false);
        self.e.load_const_tok(ConstTok::None);
        self.e.yield_(true);
    }

    fn async_with(&mut self, items: &[u32], body: List) -> Result<()> {
        let Some((&first, rest)) = items.split_first() else {
            return self.stmts(body);
        };
        let it = self.ast().with_items[first as usize];
        let l_finally = self.label();
        let l_aexit_no_exc = self.label();
        let l_ret_unwind = self.label();
        let l_end = self.label();
        self.expr(it.ctx)?;
        self.e.dup_top();
        self.await_method(b"__aenter__")?;
        match it.target {
            Some(t) => self.assign(t, AssignKind::Store)?,
            None => self.e.pop_top(),
        }
        self.increase_except_level(l_finally, BlockKind::Finally);
        self.e.adjust_stack_size(3);
        self.async_with(rest, body)?;
        self.e.adjust_stack_size(-3);
        // Normal exit: (ctx_mgr) -> (None, ctx_mgr), then call __aexit__(None, None, None).
        self.e.load_const_tok(ConstTok::None);
        self.e.rot_two();
        self.e.jump(l_aexit_no_exc);
        // The finally handler: an exception, or a return/unwind in progress.
        self.e.label_assign(l_finally);
        self.e.dup_top();
        self.load_global_str(b"BaseException")?;
        self.e.binary_op(OP_EXCEPTION_MATCH);
        self.e.pop_jump_if(false, l_ret_unwind);
        self.e.dup_top();
        self.e.rot_three();
        self.e.rot_two();
        let q_aexit = self.qb(b"__aexit__")?;
        self.e.load_method(q_aexit, false);
        self.e.rot_three();
        self.e.rot_three();
        self.e.dup_top();
        let q_class = self.qb(b"__class__")?;
        self.e.attr(q_class, Access::Load);
        self.e.rot_two();
        self.e.load_const_tok(ConstTok::None);
        self.e.call_method(3, 0, false);
        self.yield_from();
        self.e.pop_jump_if(false, l_end);
        // __aexit__ swallowed the exception.
        self.e.pop_top();
        self.e.load_const_tok(ConstTok::None);
        self.e.jump(l_end);
        self.e.adjust_stack_size(2);
        self.e.label_assign(l_ret_unwind);
        self.e.rot_three();
        self.e.rot_three();
        self.e.label_assign(l_aexit_no_exc);
        self.e.load_method(q_aexit, false);
        self.e.load_const_tok(ConstTok::None);
        self.e.dup_top();
        self.e.dup_top();
        self.e.call_method(3, 0, false);
        self.yield_from();
        self.e.pop_top();
        self.e.adjust_stack_size(-1);
        self.e.label_assign(l_end);
        self.decrease_except_level();
        Ok(())
    }

    fn async_for(
        &mut self,
        target: ExprId,
        iter: ExprId,
        body: List,
        orelse: Option<List>,
    ) -> Result<()> {
        let while_else = self.label();
        let try_exception = self.label();
        let try_else = self.label();
        let try_finally = self.label();
        self.expr(iter)?;
        self.await_method_no_yield(b"__aiter__")?;
        let brk = self.label();
        let cont = self.label();
        self.in_loop(brk, cont, false, |g| {
            g.e.label_assign(cont);
            g.increase_except_level(try_exception, BlockKind::Except);
            g.e.dup_top();
            g.await_method(b"__anext__")?;
            g.assign(target, AssignKind::Store)?;
            g.e.pop_except_jump(try_else, false);
            g.e.label_assign(try_exception);
            g.e.start_except_handler();
            g.e.dup_top();
            g.load_global_str(b"StopAsyncIteration")?;
            g.e.binary_op(OP_EXCEPTION_MATCH);
            g.e.pop_jump_if(false, try_finally);
            g.e.pop_top();
            g.e.pop_except_jump(while_else, true);
            g.e.label_assign(try_finally);
            g.e.adjust_stack_size(1);
            g.decrease_except_level();
            g.e.end_except_handler();
            g.e.label_assign(try_else);
            g.stmts(body)?;
            g.e.jump(cont);
            Ok(())
        })?;
        self.e.label_assign(while_else);
        if let Some(o) = orelse {
            self.stmts(o)?;
        }
        self.e.label_assign(brk);
        self.e.pop_top();
        Ok(())
    }

    /// `obj.method()` without awaiting (for `__aiter__`).
    fn await_method_no_yield(&mut self, name: &[u8]) -> Result<()> {
        let q = self.qb(name)?;
        self.e.load_method(q, false);
        self.e.call_method(0, 0, false);
        Ok(())
    }
}

/// Arguments of an optimised `range` loop.
#[derive(Clone, Copy)]
struct RangeArgs {
    start: Option<ExprId>,
    end: ExprId,
    step: Option<ExprId>,
}
