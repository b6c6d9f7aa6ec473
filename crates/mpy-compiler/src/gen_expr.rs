//! Code generation for expressions, conditions, calls and assignment targets
//! (bytecode.md §12.2, §12.5, §12.7–§12.10).

use allocator_api2::alloc::Allocator;

use crate::ast::*;
use crate::codegen::{AssignKind, Gen};
use crate::emit::*;
use crate::emitbc::UNARY_NOT;
use crate::error::{CompileError, Result};
use crate::fold;
use crate::tables::ConstKey;

/// Binary-operator number of `**`.
const OP_POWER: u8 = 34;
/// Binary-operator number of `in`.
const OP_IN: u8 = 6;
/// Binary-operator number of `is`.
const OP_IS: u8 = 7;

/// Number of a (non-in-place) binary operator.
fn binary_op(op: BinOp) -> u8 {
    22 + op as u8
}

/// Operator number of a comparison and whether `not` follows it.
fn compare_op(op: CmpOp) -> (u8, bool) {
    match op {
        CmpOp::Less => (0, false),
        CmpOp::More => (1, false),
        CmpOp::Equal => (2, false),
        CmpOp::LessEqual => (3, false),
        CmpOp::MoreEqual => (4, false),
        CmpOp::NotEqual => (5, false),
        CmpOp::In => (OP_IN, false),
        CmpOp::NotIn => (OP_IN, true),
        CmpOp::Is => (OP_IS, false),
        CmpOp::IsNot => (OP_IS, true),
    }
}

fn cmp_from_u32(o: u32) -> CmpOp {
    const ALL: [CmpOp; 10] = [
        CmpOp::Less,
        CmpOp::More,
        CmpOp::Equal,
        CmpOp::LessEqual,
        CmpOp::MoreEqual,
        CmpOp::NotEqual,
        CmpOp::In,
        CmpOp::NotIn,
        CmpOp::Is,
        CmpOp::IsNot,
    ];
    ALL[(o as usize).min(9)]
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

impl<A: Allocator + Clone, E: Emitter + ?Sized> Gen<'_, '_, A, E> {
    /// Whether MicroPython represents the node as a leaf, which reports no line.
    fn is_leaf(&self, k: &ExprKind) -> bool {
        match *k {
            ExprKind::Name(_)
            | ExprKind::None
            | ExprKind::True
            | ExprKind::False
            | ExprKind::Ellipsis => true,
            ExprKind::Int(v) => crate::consts::fits_small_int(v.get(), self.m.opts.small_int_bits),
            ExprKind::Str { interned, .. } => interned,
            _ => false,
        }
    }

    /// An expression, reporting its line when it is a rule node.
    pub fn expr(&mut self, id: ExprId) -> Result<()> {
        let x = *self.ast().expr(id);
        if !self.is_leaf(&x.kind) {
            self.line(x.line);
        }
        self.expr_noline(id)
    }

    /// An expression whose node MicroPython dissects without reporting its line.
    pub fn expr_noline(&mut self, id: ExprId) -> Result<()> {
        let ast = self.ast();
        let x = *ast.expr(id);
        match x.kind {
            ExprKind::Name(n) => self.id(Access::Load, n)?,
            ExprKind::Int(v) => match self.small_int(id) {
                Some(_) => self.e.load_const_small_int(v.get() as i64),
                None => self.const_obj(ConstKey::Expr(id))?,
            },
            ExprKind::BigInt(_)
            | ExprKind::Float(_)
            | ExprKind::Imag(_)
            | ExprKind::Bytes(_)
            | ExprKind::ObjSingleton(_)
            | ExprKind::ConstTuple(_) => self.const_obj(ConstKey::Expr(id))?,
            ExprKind::Str { data, interned } => {
                if interned {
                    let q = self.qb(ast.bytes_of(data))?;
                    self.e.load_const_str(q);
                } else {
                    self.const_obj(ConstKey::Expr(id))?;
                }
            }
            ExprKind::None => self.e.load_const_tok(ConstTok::None),
            ExprKind::True => self.e.load_const_tok(ConstTok::True),
            ExprKind::False => self.e.load_const_tok(ConstTok::False),
            ExprKind::Ellipsis => self.const_obj(ConstKey::Ellipsis)?,
            ExprKind::Tuple { items, .. } => self.display(items, BuildKind::Tuple)?,
            ExprKind::List(items) => self.display(items, BuildKind::List)?,
            ExprKind::Set(items) => self.display(items, BuildKind::Set)?,
            ExprKind::Dict(items) => {
                let ids = ast.list(items);
                self.e.build((ids.len() / 2) as u32, BuildKind::Map);
                for pair in ids.chunks(2) {
                    if let [k, v] = *pair {
                        // The key:value node reports the key's line; the value goes first.
                        self.line(ast.expr(ExprId(k)).line);
                        self.expr(ExprId(v))?;
                        self.expr(ExprId(k))?;
                        self.e.store_map();
                    }
                }
            }
            ExprKind::Star(_) => {
                return Err(CompileError::syntax("*x must be assignment target", x.line));
            }
            ExprKind::Or(l) | ExprKind::And(l) => {
                let is_or = matches!(x.kind, ExprKind::Or(_));
                let end = self.label();
                let ops = ast.list(l);
                for (i, &o) in ops.iter().enumerate() {
                    self.expr(ExprId(o))?;
                    if i + 1 < ops.len() {
                        self.e.jump_if_or_pop(is_or, end);
                    }
                }
                self.e.label_assign(end);
            }
            ExprKind::Not(v) => {
                self.expr(v)?;
                self.e.unary_op(UNARY_NOT);
            }
            ExprKind::Compare { operands, ops } => self.comparison(operands, ops)?,
            ExprKind::BinChain { operands, ops } => {
                let xs = ast.list(operands);
                let os = ast.list(ops);
                if let Some(&first) = xs.first() {
                    self.expr(ExprId(first))?;
                }
                for (&v, &o) in xs.iter().skip(1).zip(os) {
                    self.expr(ExprId(v))?;
                    self.e.binary_op(binary_op(binop_from_u32(o)));
                }
            }
            ExprKind::Power(a, b) => {
                self.expr(a)?;
                self.expr(b)?;
                self.e.binary_op(OP_POWER);
            }
            ExprKind::Unary(op, v) => {
                self.expr(v)?;
                self.e.unary_op(op as u8);
            }
            ExprKind::IfExp { test, body, orelse } => {
                let fail = self.label();
                let end = self.label();
                self.cond(test, false, fail)?;
                self.expr(body)?;
                self.e.jump(end);
                self.e.label_assign(fail);
                self.e.adjust_stack_size(-1);
                self.expr(orelse)?;
                self.e.label_assign(end);
            }
            ExprKind::Lambda(f) => self.funcdef_lambdef(f)?,
            ExprKind::Trailers { atom, trailers } => self.atom_trailers(atom, trailers)?,
            ExprKind::Await(v) => {
                self.expr_noline(v)?;
                self.yield_from();
            }
            ExprKind::Yield(v) => {
                match v {
                    Some(v) => self.expr(v)?,
                    None => self.e.load_const_tok(ConstTok::None),
                }
                self.e.yield_(false);
            }
            ExprKind::YieldFrom(v) => {
                self.expr(v)?;
                self.yield_from();
            }
            ExprKind::Walrus(t, v) => self.walrus(t, v)?,
            ExprKind::Comp { .. } => self.comprehension(id)?,
            ExprKind::Slice {
                lo,
                hi,
                step,
                has_step,
            } => self.slice(lo, hi, step, has_step)?,
            ExprKind::Error(msg) => return Err(CompileError::syntax(msg, x.line)),
        }
        Ok(())
    }

    fn display(&mut self, items: List, kind: BuildKind) -> Result<()> {
        for e in self.ast().exprs_of(items) {
            self.expr(e)?;
        }
        self.e.build(items.len, kind);
        Ok(())
    }

    fn walrus(&mut self, t: ExprId, v: ExprId) -> Result<()> {
        let ExprKind::Name(n) = self.ast().expr(t).kind else {
            return Err(CompileError::syntax(
                "can't assign to expression",
                self.ast().expr(t).line,
            ));
        };
        self.expr(v)?;
        self.e.dup_top();
        self.id(Access::Store, n)
    }

    fn comparison(&mut self, operands: List, ops: List) -> Result<()> {
        let ast = self.ast();
        let xs = ast.list(operands);
        let os = ast.list(ops);
        let multi = os.len() > 1;
        let fail = if multi { Some(self.label()) } else { None };
        self.expr(ExprId(xs[0]))?;
        for (i, &o) in os.iter().enumerate() {
            self.expr(ExprId(xs[i + 1]))?;
            let last = i + 1 == os.len();
            if !last {
                self.e.dup_top();
                self.e.rot_three();
            }
            let (op, invert) = compare_op(cmp_from_u32(o));
            self.e.binary_op(op);
            if invert {
                self.e.unary_op(UNARY_NOT);
            }
            if let (false, Some(f)) = (last, fail) {
                self.e.jump_if_or_pop(false, f);
            }
        }
        if let Some(f) = fail {
            let end = self.label();
            self.e.jump(end);
            self.e.label_assign(f);
            self.e.adjust_stack_size(1);
            self.e.rot_two();
            self.e.pop_top();
            self.e.label_assign(end);
        }
        Ok(())
    }

    /// A subscript slice `lo:hi[:step]` (§12.7).
    fn slice(
        &mut self,
        lo: Option<ExprId>,
        hi: Option<ExprId>,
        step: Option<ExprId>,
        _has_step: bool,
    ) -> Result<()> {
        match lo {
            Some(l) => self.expr(l)?,
            None => self.e.load_const_tok(ConstTok::None),
        }
        match hi {
            Some(h) => self.expr(h)?,
            None => self.e.load_const_tok(ConstTok::None),
        }
        match step {
            Some(s) => {
                self.expr(s)?;
                self.e.build(3, BuildKind::Slice);
            }
            None => self.e.build(2, BuildKind::Slice),
        }
        Ok(())
    }

    /// `cond(e, jump_if, l)` of §12.5.
    pub fn cond(&mut self, e: ExprId, jump_if: bool, l: Label) -> Result<()> {
        let ast = self.ast();
        let x = *ast.expr(e);
        if let Some(t) = fold::truthiness(&x.kind) {
            if t == jump_if {
                self.e.jump(l);
            }
            return Ok(());
        }
        match x.kind {
            ExprKind::Or(ops) | ExprKind::And(ops) => {
                let is_or = matches!(x.kind, ExprKind::Or(_));
                let ops = ast.list(ops);
                // `or` jumping on false and `and` jumping on true need an inner label.
                if is_or != jump_if {
                    let l2 = self.label();
                    for &o in &ops[..ops.len() - 1] {
                        self.cond(ExprId(o), !jump_if, l2)?;
                    }
                    self.cond(ExprId(ops[ops.len() - 1]), jump_if, l)?;
                    self.e.label_assign(l2);
                } else {
                    for &o in ops {
                        self.cond(ExprId(o), jump_if, l)?;
                    }
                }
                Ok(())
            }
            ExprKind::Not(v) => self.cond(v, !jump_if, l),
            _ => {
                self.expr(e)?;
                self.e.pop_jump_if(jump_if, l);
                Ok(())
            }
        }
    }

    /// An atom with trailers: method calls, `super()`, attributes, subscripts, calls.
    fn atom_trailers(&mut self, atom: ExprId, trailers: List) -> Result<()> {
        let ast = self.ast();
        let ts = ast.list(trailers);
        self.expr(atom)?;
        let mut i = 0;
        if let ExprKind::Name(n) = ast.expr(atom).kind
            && self.scope().kind == crate::scope::ScopeKind::Function
            && ast.names.get(n) == b"super"
            && let Some(&t0) = ts.first()
            && let TrailerKind::Call(args) = ast.trailers[t0 as usize].kind
            && args.is_empty()
        {
            self.id_str(Access::Load, b"__class__")?;
            let first_param = self
                .scope()
                .ids
                .iter()
                .find(|id| id.flags & crate::scope::FLAG_PARAM != 0)
                .map(|id| id.name);
            let Some(p) = first_param else {
                return Err(CompileError::syntax(
                    "super() can't find self",
                    ast.trailers[t0 as usize].line,
                ));
            };
            self.id(Access::Load, p)?;
            if let (Some(&t1), Some(&t2)) = (ts.get(1), ts.get(2))
                && let TrailerKind::Attr(m) = ast.trailers[t1 as usize].kind
                && let TrailerKind::Call(args) = ast.trailers[t2 as usize].kind
            {
                let q = self.q(m)?;
                self.e.load_method(q, true);
                self.call_args(args, true, 0)?;
                i = 3;
            } else {
                self.e.call_function(2, 0, false);
                i = 1;
            }
        }
        while i < ts.len() {
            if let Some(&next) = ts.get(i + 1)
                && let TrailerKind::Attr(m) = ast.trailers[ts[i] as usize].kind
                && let TrailerKind::Call(args) = ast.trailers[next as usize].kind
            {
                let q = self.q(m)?;
                self.e.load_method(q, false);
                self.call_args(args, true, 0)?;
                i += 2;
            } else {
                self.trailer_node(ts[i])?;
                i += 1;
            }
        }
        Ok(())
    }

    /// One trailer compiled as its own node (reports its line).
    pub fn trailer_node(&mut self, t: u32) -> Result<()> {
        let tr = self.ast().trailers[t as usize];
        self.line(tr.line);
        match tr.kind {
            TrailerKind::Attr(a) => {
                let q = self.q(a)?;
                self.e.attr(q, Access::Load);
            }
            TrailerKind::Index(i) => {
                self.expr(i)?;
                self.e.subscr(Access::Load);
            }
            TrailerKind::Call(args) => self.call_args(args, false, 0)?,
        }
        Ok(())
    }

    /// Call arguments and the call (§12.9); `n_extra` positional values are already pushed.
    pub fn call_args(&mut self, args: List, is_method: bool, n_extra: u32) -> Result<()> {
        let ast = self.ast();
        let mut n_pos = n_extra;
        let mut n_kw = 0;
        let mut star = false;
        let mut star_bits: u64 = 0;
        for (i, &a) in ast.list(args).iter().enumerate() {
            let arg = ast.args[a as usize];
            match arg.kind {
                ArgKind::Star(x) => {
                    star = true;
                    if i < 64 {
                        star_bits |= 1 << i;
                    }
                    self.expr(x)?;
                    n_pos += 1;
                }
                ArgKind::DblStar(x) => {
                    star = true;
                    self.e.load_null();
                    self.expr(x)?;
                    n_kw += 1;
                }
                ArgKind::Keyword(k, v) => {
                    let ExprKind::Name(n) = ast.expr(k).kind else {
                        return Err(CompileError::syntax(
                            "LHS of keyword arg must be an id",
                            arg.line,
                        ));
                    };
                    let q = self.q(n)?;
                    self.e.load_const_str(q);
                    self.expr(v)?;
                    n_kw += 1;
                }
                ArgKind::Pos(x) => {
                    match ast.expr(x).kind {
                        // These argument forms are compiled straight from the argument node.
                        ExprKind::Walrus(t, v) => self.walrus(t, v)?,
                        ExprKind::Comp { bare_arg: true, .. } => self.comprehension(x)?,
                        _ => self.expr(x)?,
                    }
                    n_pos += 1;
                }
            }
        }
        if star {
            self.e.load_const_small_int(star_bits as i64);
        }
        if is_method {
            self.e.call_method(n_pos, n_kw, star);
        } else {
            self.e.call_function(n_pos, n_kw, star);
        }
        Ok(())
    }

    /// An assignment target (§12.2).
    pub fn assign(&mut self, t: ExprId, kind: AssignKind) -> Result<()> {
        let ast = self.ast();
        let x = *ast.expr(t);
        let bad = || CompileError::syntax("can't assign to expression", x.line);
        match x.kind {
            ExprKind::Name(n) => match kind {
                AssignKind::AugLoad => self.id(Access::Load, n),
                _ => self.id(Access::Store, n),
            },
            ExprKind::Trailers { atom, trailers } if !trailers.is_empty() => {
                let ts = ast.list(trailers);
                let last = ast.trailers[ts[ts.len() - 1] as usize];
                if matches!(last.kind, TrailerKind::Call(_)) {
                    return Err(bad());
                }
                if kind != AssignKind::AugStore {
                    self.expr(atom)?;
                    for &tr in &ts[..ts.len() - 1] {
                        self.trailer_node(tr)?;
                    }
                }
                match (last.kind, kind) {
                    (TrailerKind::Index(_), AssignKind::AugStore) => {
                        self.e.rot_three();
                        self.e.subscr(Access::Store);
                    }
                    (TrailerKind::Index(i), _) => {
                        self.expr(i)?;
                        if kind == AssignKind::AugLoad {
                            self.e.dup_top_two();
                            self.e.subscr(Access::Load);
                        } else {
                            self.e.subscr(Access::Store);
                        }
                    }
                    (TrailerKind::Attr(a), _) => {
                        let q = self.q(a)?;
                        match kind {
                            AssignKind::AugLoad => {
                                self.e.dup_top();
                                self.e.attr(q, Access::Load);
                            }
                            AssignKind::AugStore => {
                                self.e.rot_two();
                                self.e.attr(q, Access::Store);
                            }
                            AssignKind::Store => self.e.attr(q, Access::Store),
                        }
                    }
                    (TrailerKind::Call(_), _) => return Err(bad()),
                }
                Ok(())
            }
            ExprKind::Tuple { items, paren } if kind == AssignKind::Store => {
                if paren && items.is_empty() {
                    return Err(bad());
                }
                self.assign_tuple(items)
            }
            ExprKind::List(items) if kind == AssignKind::Store => self.assign_tuple(items),
            _ => Err(bad()),
        }
    }

    fn assign_tuple(&mut self, items: List) -> Result<()> {
        let ast = self.ast();
        let ids = ast.list(items);
        let n = ids.len() as u32;
        let star = ids
            .iter()
            .position(|&i| matches!(ast.expr(ExprId(i)).kind, ExprKind::Star(_)));
        match star {
            Some(i) => self.e.unpack_ex(i as u32, n - i as u32 - 1),
            None => self.e.unpack_sequence(n),
        }
        for &i in ids {
            match ast.expr(ExprId(i)).kind {
                ExprKind::Star(inner) => self.assign(inner, AssignKind::Store)?,
                _ => self.assign(ExprId(i), AssignKind::Store)?,
            }
        }
        Ok(())
    }
}
