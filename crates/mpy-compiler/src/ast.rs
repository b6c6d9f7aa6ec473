//! The parse tree, stored in arenas so that all of it comes from one allocator.
//!
//! The shape follows what MicroPython's compiler needs to see to produce its exact bytes:
//! binary operators of one precedence level form one chain (folding is all-or-nothing per
//! chain), an atom keeps its trailers as a list (method calls, `super()`, assignment targets),
//! tuples remember whether they were parenthesised, and constants remember whether they are
//! qstr leaves. Every node records the line of its first token (0 for folded constants).

use allocator_api2::alloc::Allocator;
use allocator_api2::vec::Vec;

use crate::error::Result;
use crate::intern::{Interner, Sym};
use crate::util::{ChunkVec, push};

/// Index of an expression in [`Ast::exprs`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExprId(pub u32);
/// Index of a statement in [`Ast::stmts`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StmtId(pub u32);
/// Index of a function or lambda in [`Ast::funcs`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FuncId(pub u32);
/// Index of a class in [`Ast::classes`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ClassId(pub u32);
/// A byte string in [`Ast::bytes`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BytesRef {
    /// Start offset.
    pub start: u32,
    /// Length in bytes.
    pub len: u32,
}

/// A list of ids (of the kind the context says) stored in [`Ast::idx`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct List {
    /// Start offset in `idx`.
    pub start: u32,
    /// Number of entries.
    pub len: u32,
}

impl List {
    /// The empty list.
    pub const EMPTY: List = List { start: 0, len: 0 };
    /// Whether the list has no entries.
    pub fn is_empty(self) -> bool {
        self.len == 0
    }
}

/// Binary operators, numbered as MicroPython's `BINARY_OP` (in-place forms add nothing here).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum BinOp {
    Or,
    Xor,
    And,
    LShift,
    RShift,
    Add,
    Sub,
    Mul,
    MatMul,
    FloorDiv,
    TrueDiv,
    Mod,
    Pow,
}

/// Comparison operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum CmpOp {
    Less,
    More,
    Equal,
    LessEqual,
    MoreEqual,
    NotEqual,
    In,
    NotIn,
    Is,
    IsNot,
}

/// Unary operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum UnaryOp {
    Pos,
    Neg,
    Invert,
}

/// The four comprehension kinds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum CompKind {
    List,
    Set,
    Dict,
    Gen,
}

/// An expression node.
#[derive(Clone, Copy, Debug)]
pub struct Expr {
    /// Line of the first token; 0 for folded constants.
    pub line: u32,
    /// What it is.
    pub kind: ExprKind,
}

/// Expression kinds.
#[derive(Clone, Copy, Debug)]
pub enum ExprKind {
    /// A name.
    Name(Sym),
    /// An int that fits in `i128` (small or not: the emitter decides).
    Int(IntVal),
    /// An int too large for `i128`: its decimal digits (with `-` sign if negative).
    BigInt(BytesRef),
    /// A float constant.
    Float(f64),
    /// An imaginary constant (`1j`), the imaginary part.
    Imag(f64),
    /// A str constant; `interned` means it is a qstr leaf (LOAD_CONST_STRING).
    Str {
        /// UTF-8 bytes.
        data: BytesRef,
        /// Interned at parse time (decides LOAD_CONST_STRING vs LOAD_CONST_OBJ).
        interned: bool,
    },
    /// A bytes constant.
    Bytes(BytesRef),
    /// `None`.
    None,
    /// `True`.
    True,
    /// `False`.
    False,
    /// `...`.
    Ellipsis,
    /// `None`, `True` or `False` as a constant object: what a `const()` name with such a
    /// value becomes (LOAD_CONST_OBJ instead of the dedicated opcodes).
    ObjSingleton(Singleton),
    /// A tuple all of whose items are constants (list of [`ExprId`]).
    ConstTuple(List),
    /// A tuple display (list of [`ExprId`]); `paren` when written in parentheses.
    Tuple {
        /// Items.
        items: List,
        /// Written as `( ... )`.
        paren: bool,
    },
    /// `[a, b]` (list of [`ExprId`]).
    List(List),
    /// `{a, b}` (list of [`ExprId`]).
    Set(List),
    /// `{k: v}` (list of [`ExprId`], alternating key, value).
    Dict(List),
    /// `*x`.
    Star(ExprId),
    /// `a or b or ...` (list of [`ExprId`]).
    Or(List),
    /// `a and b and ...` (list of [`ExprId`]).
    And(List),
    /// `not x`.
    Not(ExprId),
    /// `a < b < ...`: operands (list of [`ExprId`]) and operators (list of `CmpOp as u32`).
    Compare {
        /// Operands.
        operands: List,
        /// Operators.
        ops: List,
    },
    /// One precedence level of binary operators: operands and operators (`BinOp as u32`).
    BinChain {
        /// Operands.
        operands: List,
        /// Operators.
        ops: List,
    },
    /// `a ** b`.
    Power(ExprId, ExprId),
    /// `+x`, `-x`, `~x`.
    Unary(UnaryOp, ExprId),
    /// `a if c else b`.
    IfExp {
        /// Condition.
        test: ExprId,
        /// Value when true.
        body: ExprId,
        /// Value when false.
        orelse: ExprId,
    },
    /// `lambda ...: e`.
    Lambda(FuncId),
    /// An atom followed by trailers (list of [`crate::ast::Trailer`] indices).
    Trailers {
        /// The atom.
        atom: ExprId,
        /// The trailers, in source order.
        trailers: List,
    },
    /// `await x` (x is the whole atom-with-trailers).
    Await(ExprId),
    /// `yield` / `yield x`.
    Yield(Option<ExprId>),
    /// `yield from x`.
    YieldFrom(ExprId),
    /// `target := value` (the target is any expression; the compiler checks it is a name).
    Walrus(ExprId, ExprId),
    /// A comprehension or generator expression.
    Comp {
        /// Line of the element's first token (the comprehension scope's line).
        scope_line: u32,
        /// An unparenthesised generator expression as a call argument (`f(x for x in y)`),
        /// which MicroPython compiles straight from the argument node.
        bare_arg: bool,
        /// Which kind.
        kind: CompKind,
        /// Element (the key for dict comprehensions).
        elt: ExprId,
        /// Value for dict comprehensions.
        value: Option<ExprId>,
        /// `for`/`if` clauses (list of [`CompClause`] indices); the first is a `for`.
        clauses: List,
    },
    /// A display the compiler rejects (mixed dict/set items), with its error message.
    Error(&'static str),
    /// A slice inside a subscript: `lo:hi` or `lo:hi:step` (`has_step` even if step is empty).
    Slice {
        /// Lower bound.
        lo: Option<ExprId>,
        /// Upper bound.
        hi: Option<ExprId>,
        /// Step.
        step: Option<ExprId>,
        /// Whether a second `:` was written.
        has_step: bool,
    },
}

/// An `i128` stored with 8-byte alignment, so that expression nodes stay 32 bytes (an
/// `i128` field would align them to 16 and make them 48).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IntVal([u64; 2]);

impl IntVal {
    /// Wraps a value.
    pub fn new(v: i128) -> Self {
        IntVal([v as u64, (v >> 64) as u64])
    }

    /// The value.
    pub fn get(self) -> i128 {
        (u128::from(self.0[0]) | u128::from(self.0[1]) << 64) as i128
    }
}

/// The singleton constants.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum Singleton {
    None,
    True,
    False,
}

/// A trailer of an atom.
#[derive(Clone, Copy, Debug)]
pub struct Trailer {
    /// Line of the trailer's first token.
    pub line: u32,
    /// What it is.
    pub kind: TrailerKind,
}

/// Trailer kinds.
#[derive(Clone, Copy, Debug)]
pub enum TrailerKind {
    /// `.name`.
    Attr(Sym),
    /// `(args)`: list of [`Arg`] indices.
    Call(List),
    /// `[index]`.
    Index(ExprId),
}

/// A call argument.
#[derive(Clone, Copy, Debug)]
pub struct Arg {
    /// Line of the argument's first token.
    pub line: u32,
    /// What it is.
    pub kind: ArgKind,
}

/// Call argument kinds.
#[derive(Clone, Copy, Debug)]
pub enum ArgKind {
    /// Positional (including walrus and an unparenthesised generator expression).
    Pos(ExprId),
    /// `*x`.
    Star(ExprId),
    /// `**x`.
    DblStar(ExprId),
    /// `lhs=value` (the compiler checks that lhs is a name).
    Keyword(ExprId, ExprId),
}

/// One clause of a comprehension.
#[derive(Clone, Copy, Debug)]
pub enum CompClause {
    /// `[async] for target in iter`.
    For {
        /// `async for`.
        is_async: bool,
        /// Target expression.
        target: ExprId,
        /// Iterable.
        iter: ExprId,
    },
    /// `if test`.
    If(ExprId),
}

/// Parameter kinds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParamKind {
    /// A named parameter (positional or keyword-only depending on position).
    Normal,
    /// `*name`.
    Star,
    /// Bare `*`.
    BareStar,
    /// `**name`.
    DblStar,
}

/// A parameter of a def or lambda.
#[derive(Clone, Copy, Debug)]
pub struct Param {
    /// Line of the parameter's first token.
    pub line: u32,
    /// Kind.
    pub kind: ParamKind,
    /// Name (unused for a bare `*`).
    pub name: Sym,
    /// Default value.
    pub default: Option<ExprId>,
    /// Annotation (never compiled).
    pub annotation: Option<ExprId>,
}

/// A function, async function or lambda.
#[derive(Clone, Copy, Debug)]
pub struct Func {
    /// Line of the `def`/`lambda` token.
    pub line: u32,
    /// Name (`<lambda>` for lambdas).
    pub name: Sym,
    /// Parameters (list of [`Param`] indices).
    pub params: List,
    /// Return annotation.
    pub returns: Option<ExprId>,
    /// Body statements (list of [`StmtId`]); empty for lambdas.
    pub body: List,
    /// Lambda body expression.
    pub lambda_body: Option<ExprId>,
    /// Decorators (list of [`ExprId`]).
    pub decorators: List,
    /// `async def`.
    pub is_async: bool,
    /// Whether this is a lambda.
    pub is_lambda: bool,
}

/// A class definition.
#[derive(Clone, Copy, Debug)]
pub struct Class {
    /// Line of the `class` token.
    pub line: u32,
    /// Name.
    pub name: Sym,
    /// Bases and keywords (list of [`Arg`] indices); `None` without parentheses.
    pub args: Option<List>,
    /// Body (list of [`StmtId`]).
    pub body: List,
    /// Decorators (list of [`ExprId`]).
    pub decorators: List,
}

/// An `except` clause.
#[derive(Clone, Copy, Debug)]
pub struct Handler {
    /// Line of the `except` token.
    pub line: u32,
    /// Exception type.
    pub typ: Option<ExprId>,
    /// `as` name.
    pub name: Option<Sym>,
    /// Body (list of [`StmtId`]).
    pub body: List,
}

/// One `import a.b.c [as d]` item.
#[derive(Clone, Copy, Debug)]
pub struct Alias {
    /// The dotted name as one symbol (`a.b.c`), or the imported name for `from`.
    pub name: Sym,
    /// The dotted components (list of [`Sym`]); one entry for a plain name.
    pub parts: List,
    /// `as` name.
    pub asname: Option<Sym>,
}

/// A statement node.
#[derive(Clone, Copy, Debug)]
pub struct Stmt {
    /// Line of the first token.
    pub line: u32,
    /// What it is.
    pub kind: StmtKind,
}

/// Statement kinds.
#[derive(Clone, Copy, Debug)]
pub enum StmtKind {
    /// An expression statement.
    Expr(ExprId),
    /// `t1 = t2 = value` (targets: list of [`ExprId`], left to right).
    Assign {
        /// Targets.
        targets: List,
        /// Value.
        value: ExprId,
    },
    /// `t op= value`.
    AugAssign {
        /// Target.
        target: ExprId,
        /// Operator.
        op: BinOp,
        /// Value.
        value: ExprId,
    },
    /// `t: ann [= value]`.
    AnnAssign {
        /// Target.
        target: ExprId,
        /// Annotation (never compiled).
        annotation: ExprId,
        /// Value.
        value: Option<ExprId>,
    },
    /// `pass`, and statements the parser removed (doc strings, `_X = const(...)`).
    Pass,
    /// `break`.
    Break,
    /// `continue`.
    Continue,
    /// `return [v]`.
    Return(Option<ExprId>),
    /// `raise [e [from c]]`.
    Raise(Option<ExprId>, Option<ExprId>),
    /// `global a, b` (list of [`Sym`]).
    Global(List),
    /// `nonlocal a, b` (list of [`Sym`]).
    Nonlocal(List),
    /// `del targets` (the target expression, possibly a tuple).
    Del(ExprId),
    /// `assert test[, msg]`.
    Assert(ExprId, Option<ExprId>),
    /// `import a, b.c as d` (list of [`Alias`]).
    Import(List),
    /// `from .m import x as y` / `*`.
    ImportFrom {
        /// Number of leading dots.
        level: u32,
        /// Module (dotted, one symbol); `None` for `from . import x`.
        module: Option<Sym>,
        /// Names (list of [`Alias`]); `None` for `*`.
        names: Option<List>,
    },
    /// `if`/`elif`/`else`: branches are alternating test, body-list-index pairs in
    /// [`Ast::branches`].
    If {
        /// Branches (list of [`Branch`] indices): the `if` then each `elif`.
        branches: List,
        /// `else` body.
        orelse: Option<List>,
    },
    /// `while test: body else: orelse`.
    While {
        /// Condition.
        test: ExprId,
        /// Body.
        body: List,
        /// `else` body.
        orelse: Option<List>,
    },
    /// `[async] for target in iter: body else: orelse`.
    For {
        /// `async for`.
        is_async: bool,
        /// Target.
        target: ExprId,
        /// Iterable.
        iter: ExprId,
        /// Body.
        body: List,
        /// `else` body.
        orelse: Option<List>,
    },
    /// `try` with handlers, else and finally.
    Try {
        /// Body.
        body: List,
        /// Handlers (list of [`Handler`] indices).
        handlers: List,
        /// `else` body.
        orelse: Option<List>,
        /// `finally` body.
        finalbody: Option<List>,
    },
    /// `[async] with a as x, b: body` (items: list of [`WithItem`] indices).
    With {
        /// `async with`.
        is_async: bool,
        /// Items.
        items: List,
        /// Body.
        body: List,
    },
    /// `def` / `async def`.
    FunctionDef(FuncId),
    /// `class`.
    ClassDef(ClassId),
}

/// One `if`/`elif` branch.
#[derive(Clone, Copy, Debug)]
pub struct Branch {
    /// Line of the `if`/`elif` keyword.
    pub line: u32,
    /// Condition.
    pub test: ExprId,
    /// Body.
    pub body: List,
}

/// One `with` item.
#[derive(Clone, Copy, Debug)]
pub struct WithItem {
    /// Context manager expression.
    pub ctx: ExprId,
    /// `as` target.
    pub target: Option<ExprId>,
}

/// A parsed module: all arenas plus the top-level statement list.
pub struct Ast<A: Allocator + Clone> {
    /// Expressions (chunked: the biggest arena, grown without copying).
    pub exprs: ChunkVec<Expr, A>,
    /// Statements.
    pub stmts: Vec<Stmt, A>,
    /// Id lists referenced by [`List`].
    pub idx: Vec<u32, A>,
    /// Trailers.
    pub trailers: Vec<Trailer, A>,
    /// Call arguments.
    pub args: Vec<Arg, A>,
    /// Comprehension clauses.
    pub clauses: Vec<CompClause, A>,
    /// Parameters.
    pub params: Vec<Param, A>,
    /// Functions and lambdas.
    pub funcs: Vec<Func, A>,
    /// Classes.
    pub classes: Vec<Class, A>,
    /// Except clauses.
    pub handlers: Vec<Handler, A>,
    /// Import aliases.
    pub aliases: Vec<Alias, A>,
    /// If branches.
    pub branches: Vec<Branch, A>,
    /// With items.
    pub with_items: Vec<WithItem, A>,
    /// Literal bytes (str and bytes constants, big-int digits).
    pub bytes: Vec<u8, A>,
    /// Identifiers.
    pub names: Interner<A>,
    /// Top-level statements.
    pub body: List,
    /// Line of the module's first token (the module scope's line).
    pub line: u32,
}

macro_rules! adder {
    ($name:ident, $field:ident, $ty:ty, $id:ident) => {
        /// Appends a node and returns its id.
        pub fn $name(&mut self, x: $ty) -> Result<$id> {
            let id = self.$field.len() as u32;
            push(&mut self.$field, x)?;
            Ok($id(id))
        }
    };
}

/// Index newtype for arenas without a dedicated id type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Ix(pub u32);

impl<A: Allocator + Clone> Ast<A> {
    /// Creates empty arenas.
    pub fn new_in(alloc: A) -> Self {
        Ast {
            exprs: ChunkVec::new_in(alloc.clone()),
            stmts: Vec::new_in(alloc.clone()),
            idx: Vec::new_in(alloc.clone()),
            trailers: Vec::new_in(alloc.clone()),
            args: Vec::new_in(alloc.clone()),
            clauses: Vec::new_in(alloc.clone()),
            params: Vec::new_in(alloc.clone()),
            funcs: Vec::new_in(alloc.clone()),
            classes: Vec::new_in(alloc.clone()),
            handlers: Vec::new_in(alloc.clone()),
            aliases: Vec::new_in(alloc.clone()),
            branches: Vec::new_in(alloc.clone()),
            with_items: Vec::new_in(alloc.clone()),
            bytes: Vec::new_in(alloc.clone()),
            names: Interner::new_in(alloc),
            body: List::EMPTY,
            line: 1,
        }
    }

    /// Appends an expression and returns its id.
    pub fn add_expr(&mut self, x: Expr) -> Result<ExprId> {
        let id = self.exprs.len() as u32;
        self.exprs.push(x)?;
        Ok(ExprId(id))
    }

    adder!(add_stmt, stmts, Stmt, StmtId);
    adder!(add_func, funcs, Func, FuncId);
    adder!(add_class, classes, Class, ClassId);
    adder!(add_trailer, trailers, Trailer, Ix);
    adder!(add_arg, args, Arg, Ix);
    adder!(add_clause, clauses, CompClause, Ix);
    adder!(add_param, params, Param, Ix);
    adder!(add_handler, handlers, Handler, Ix);
    adder!(add_alias, aliases, Alias, Ix);
    adder!(add_branch, branches, Branch, Ix);
    adder!(add_with_item, with_items, WithItem, Ix);

    /// The expression with this id.
    pub fn expr(&self, e: ExprId) -> &Expr {
        &self.exprs[e.0 as usize]
    }

    /// The statement with this id.
    pub fn stmt(&self, s: StmtId) -> &Stmt {
        &self.stmts[s.0 as usize]
    }

    /// The raw ids of a list.
    pub fn list(&self, l: List) -> &[u32] {
        &self.idx[l.start as usize..(l.start + l.len) as usize]
    }

    /// Iterates a list of expressions.
    pub fn exprs_of(&self, l: List) -> impl Iterator<Item = ExprId> + '_ {
        self.list(l).iter().map(|&i| ExprId(i))
    }

    /// Iterates a list of statements.
    pub fn stmts_of(&self, l: List) -> impl Iterator<Item = StmtId> + '_ {
        self.list(l).iter().map(|&i| StmtId(i))
    }

    /// The bytes of a literal.
    pub fn bytes_of(&self, r: BytesRef) -> &[u8] {
        &self.bytes[r.start as usize..(r.start + r.len) as usize]
    }

    /// Stores literal bytes.
    pub fn add_bytes(&mut self, b: &[u8]) -> Result<BytesRef> {
        let start = self.bytes.len() as u32;
        crate::util::extend(&mut self.bytes, b)?;
        Ok(BytesRef {
            start,
            len: b.len() as u32,
        })
    }

    /// Copies `scratch[base..]` into the id pool as a list and truncates the scratch.
    pub fn finish_list(&mut self, scratch: &mut Vec<u32, A>, base: usize) -> Result<List> {
        let n = scratch.len() - base;
        let start = self.idx.len() as u32;
        self.idx
            .try_reserve(n)
            .map_err(|_| crate::error::CompileError::memory())?;
        self.idx.extend_from_slice(&scratch[base..]);
        scratch.truncate(base);
        Ok(List {
            start,
            len: n as u32,
        })
    }
}
