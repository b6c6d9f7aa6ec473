//! The interface between the compile passes and a code emitter (bytecode.md §10.3, §12).
//!
//! The passes walk each scope's tree and call one method per operation; they never see bytes.
//! The bytecode emitter ([`crate::emitbc`]) implements this trait, and a native or viper
//! emitter can implement it later without touching the passes. Names, constants and children
//! arrive already resolved to module qstr-table, constant-table and child-table indices: the
//! tables are shared by every emitter of a module and their order is fixed by the passes.

use crate::error::Result;

/// The four compile passes (bytecode.md §10.3).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Pass {
    /// Pass 1: scopes and identifiers; only table entries matter.
    Scope,
    /// Pass 2: stack depth; every jump is assumed long.
    StackSize,
    /// Pass 3: real jump sizes from pass-2 label offsets.
    CodeSize,
    /// Pass 4 (repeated until sizes settle): the final bytes.
    Emit,
}

/// A position in the code of one scope, numbered in request order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Label(pub u32);

/// How an identifier is accessed (the scope analysis decides, §11.1).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IdAccess {
    /// A fast local in slot `n`.
    Fast(u16),
    /// A cell or free variable in slot `n`.
    Deref(u16),
    /// A name looked up in the locals dict (module and class scopes).
    Name(u32),
    /// A name looked up in the globals dict.
    Global(u32),
}

/// Load, store or delete.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    /// Read the value.
    Load,
    /// Write the value on the stack.
    Store,
    /// Remove the binding.
    Delete,
}

/// The constants that have an opcode of their own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConstTok {
    /// `None`.
    None,
    /// `True`.
    True,
    /// `False`.
    False,
}

/// Exception-block kinds pushed by `setup_block`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockKind {
    /// `with` (SETUP_WITH).
    With,
    /// `try`/`except` (SETUP_EXCEPT).
    Except,
    /// `try`/`finally` (SETUP_FINALLY).
    Finally,
}

/// Collections built by `build`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BuildKind {
    /// A tuple of n items.
    Tuple,
    /// A list of n items.
    List,
    /// An empty dict with a size hint of n.
    Map,
    /// A set of n items.
    Set,
    /// A slice of 2 or 3 items.
    Slice,
}

/// Collections a comprehension stores into.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompStore {
    /// List comprehension (append).
    List,
    /// Dict comprehension (key/value insert).
    Dict,
    /// Set comprehension (add).
    Set,
}

/// Import operations.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportKind {
    /// IMPORT_NAME with this qstr.
    Name(u32),
    /// IMPORT_FROM with this qstr.
    From(u32),
    /// IMPORT_STAR.
    Star,
}

/// What a scope's code object needs that its body does not say: the prelude facts.
#[derive(Clone, Copy, Debug)]
pub struct ScopeInfo<'a> {
    /// The pass about to run.
    pub pass: Pass,
    /// Qstr index of the simple name.
    pub simple_name: u32,
    /// Qstr indices of the argument names (empty in pass 1, see bytecode.md §10.4).
    pub arg_names: &'a [u32],
    /// Number of local slots.
    pub num_locals: u16,
    /// Maximum exception-block nesting (known from pass 1 on).
    pub exc_stack_size: u16,
    /// Prelude scope-flag bits (generator 1, `**kw` 2, `*args` 4, keyword-only defaults 8).
    pub sig_flags: u8,
    /// Positional parameters, free variables included.
    pub n_pos_args: u16,
    /// Keyword-only parameters.
    pub n_kwonly_args: u16,
    /// Positional parameters with defaults.
    pub n_def_pos_args: u16,
    /// Local slots turned into cells on entry, in record order.
    pub cells: &'a [u8],
}

/// The operations the compile passes emit, in MicroPython's vocabulary.
///
/// Methods that cannot fail record problems (such as a jump that does not fit) and report
/// them from [`Emitter::end_pass`], so that the passes stay free of error plumbing.
pub trait Emitter {
    /// Starts a pass over one scope.
    fn start_pass(&mut self, info: &ScopeInfo<'_>) -> Result<()>;
    /// Ends the pass; returns `true` when the output is final (an `Emit` pass whose sizes
    /// equal the previous pass's), `false` when another `Emit` pass is needed.
    fn end_pass(&mut self) -> Result<bool>;
    /// Whether code is currently unreachable (after an unconditional transfer).
    fn is_dead(&self) -> bool;
    /// Applies a stack-depth adjustment that no instruction makes.
    fn adjust_stack_size(&mut self, delta: i32);
    /// Reports that compilation reached a node starting on `line`.
    fn set_source_line(&mut self, line: u32);
    /// Places a label at the current position.
    fn label_assign(&mut self, l: Label);

    /// Pushes `None`, `True` or `False`.
    fn load_const_tok(&mut self, t: ConstTok);
    /// Pushes a small integer.
    fn load_const_small_int(&mut self, v: i64);
    /// Pushes an interned string.
    fn load_const_str(&mut self, qstr: u32);
    /// Pushes constant-table entry `index`.
    fn load_const_obj(&mut self, index: u32);
    /// Pushes the NULL sentinel.
    fn load_null(&mut self);
    /// Loads, stores or deletes an identifier.
    fn id_op(&mut self, access: Access, id: IdAccess);
    /// Loads a method (`is_super`: `super().name` form).
    fn load_method(&mut self, qstr: u32, is_super: bool);
    /// Pushes `__build_class__`.
    fn load_build_class(&mut self);
    /// Subscript load/store/delete.
    fn subscr(&mut self, access: Access);
    /// Attribute load/store/delete.
    fn attr(&mut self, qstr: u32, access: Access);

    /// DUP_TOP.
    fn dup_top(&mut self);
    /// DUP_TOP_TWO.
    fn dup_top_two(&mut self);
    /// POP_TOP.
    fn pop_top(&mut self);
    /// ROT_TWO.
    fn rot_two(&mut self);
    /// ROT_THREE.
    fn rot_three(&mut self);

    /// Unconditional jump.
    fn jump(&mut self, l: Label);
    /// Pops and jumps if the value's truth equals `cond`.
    fn pop_jump_if(&mut self, cond: bool, l: Label);
    /// Jumps keeping the value if its truth equals `cond`, else pops it.
    fn jump_if_or_pop(&mut self, cond: bool, l: Label);
    /// `break`/`continue` leaving `depth` exception blocks (`from_for`: also the iterator).
    fn unwind_jump(&mut self, l: Label, depth: u16, from_for: bool);
    /// Pushes an exception block whose handler is at `l`.
    fn setup_block(&mut self, l: Label, kind: BlockKind);
    /// The exit code of a `with` block whose handler label is `l`.
    fn with_cleanup(&mut self, l: Label);
    /// END_FINALLY.
    fn end_finally(&mut self);
    /// GET_ITER (`use_stack`: the 4-slot GET_ITER_STACK form).
    fn get_iter(&mut self, use_stack: bool);
    /// FOR_ITER exiting to `l`.
    fn for_iter(&mut self, l: Label);
    /// The stack effect of leaving a `for` loop.
    fn for_iter_end(&mut self);
    /// Pops an exception block and jumps.
    fn pop_except_jump(&mut self, l: Label, within_handler: bool);
    /// The stack effect of entering an exception handler.
    fn start_except_handler(&mut self);
    /// The stack effect of leaving an exception handler.
    fn end_except_handler(&mut self);

    /// A unary operator (MicroPython numbering, §5.1).
    fn unary_op(&mut self, op: u8);
    /// A binary operator (MicroPython numbering, §5.2; `not in`/`is not` are expanded by the
    /// caller into the positive operator and `not`).
    fn binary_op(&mut self, op: u8);
    /// Builds a collection.
    fn build(&mut self, n: u32, kind: BuildKind);
    /// STORE_MAP.
    fn store_map(&mut self);
    /// Stores into the collection `index` slots down (comprehensions).
    fn store_comp(&mut self, kind: CompStore, index: u32);
    /// UNPACK_SEQUENCE.
    fn unpack_sequence(&mut self, n: u32);
    /// UNPACK_EX.
    fn unpack_ex(&mut self, n_left: u32, n_right: u32);
    /// Creates a function from child `child` (defaults, if any, are on the stack).
    fn make_function(&mut self, child: u32, n_pos_defaults: u32, n_kw_defaults: u32);
    /// Creates a closure over `n_closed` cells on the stack.
    fn make_closure(&mut self, child: u32, n_closed: u32, n_pos_defaults: u32, n_kw_defaults: u32);
    /// Calls a function.
    fn call_function(&mut self, n_pos: u32, n_kw: u32, star: bool);
    /// Calls a method loaded with `load_method`.
    fn call_method(&mut self, n_pos: u32, n_kw: u32, star: bool);
    /// RETURN_VALUE.
    fn return_value(&mut self);
    /// RAISE_LAST / RAISE_OBJ / RAISE_FROM for 0, 1, 2 arguments.
    fn raise_varargs(&mut self, n: u8);
    /// YIELD_VALUE or YIELD_FROM.
    fn yield_(&mut self, from: bool);
    /// An import operation.
    fn import(&mut self, kind: ImportKind);
}
