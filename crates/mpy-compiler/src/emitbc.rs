//! The bytecode emitter: MicroPython's opcode encodings, stack accounting, dead-code
//! suppression, jump sizing and the prelude (bytecode.md §3, §4, §10.6, §14, §15, §16).
//!
//! One emitter serves all scopes of a module in turn ([`BcEmitter::new_scope`] resets it).
//! The prelude (signature, size field, names, line table, cells) is rebuilt in every pass;
//! opcode bytes are only stored in `Emit` passes, the other passes just count them.

use allocator_api2::alloc::Allocator;
use allocator_api2::vec::Vec;
use mpy_format::linetable::LineTableEncoder;
use mpy_format::opcode as op;
use mpy_format::prelude::{Signature, emit_prelude_size};
use mpy_format::varuint::{emit_sint, emit_varuint};

use crate::emit::*;
use crate::error::{CompileError, ErrorKind, Message, Result};

/// Unary operator `not` (bytecode.md §5.1).
pub const UNARY_NOT: u8 = 3;

/// The bytecode back end of [`Emitter`].
pub struct BcEmitter<A: Allocator + Clone> {
    pass: Pass,
    source_lines: bool,
    /// Prelude of the current pass.
    info: Vec<u8, A>,
    /// Opcode bytes (only filled in `Emit` passes).
    code: Vec<u8, A>,
    /// Current opcode offset.
    offset: usize,
    /// Label offsets: current pass for placed labels, previous pass for the others.
    labels: Vec<u32, A>,
    stack: i32,
    /// Maximum stack depth of the scope (from pass 2 on).
    max_stack: i32,
    dead: bool,
    lines: LineTableEncoder,
    /// Where the source info starts inside `info`.
    info_start: usize,
    /// Source-info length and cell count of the previous pass (for the prelude-size field).
    n_info: usize,
    n_cell: usize,
    /// Prelude and opcode sizes of the previous pass (convergence test).
    prev_sizes: (usize, usize),
    /// Cell slots of the scope, written after the line table.
    cells: Vec<u8, A>,
    overflow: bool,
    oom: bool,
}

impl<A: Allocator + Clone> BcEmitter<A> {
    /// An emitter; `source_lines` false leaves the line table empty (`-O3`,
    /// `-X no-source-lines`).
    pub fn new(source_lines: bool, alloc: A) -> Self {
        BcEmitter {
            pass: Pass::Scope,
            source_lines,
            info: Vec::new_in(alloc.clone()),
            code: Vec::new_in(alloc.clone()),
            offset: 0,
            labels: Vec::new_in(alloc.clone()),
            cells: Vec::new_in(alloc),
            stack: 0,
            max_stack: 0,
            dead: false,
            lines: LineTableEncoder::new(),
            info_start: 0,
            n_info: 0,
            n_cell: 0,
            prev_sizes: (0, 0),
            overflow: false,
            oom: false,
        }
    }

    /// Forgets everything about the previous scope.
    pub fn new_scope(&mut self) {
        self.labels.clear();
        self.max_stack = 0;
        self.n_info = 0;
        self.n_cell = 0;
        self.prev_sizes = (0, 0);
    }

    /// The final function data (prelude followed by opcodes) of the last `Emit` pass.
    pub fn output(&self) -> (&[u8], &[u8]) {
        (&self.info, &self.code)
    }

    fn push_info(&mut self, b: u8) {
        if self.info.len() == self.info.capacity() && self.info.try_reserve(1).is_err() {
            self.oom = true;
            return;
        }
        self.info.push(b);
    }

    /// Appends one opcode-area byte (counted in every pass, stored only when emitting).
    fn put(&mut self, b: u8) {
        if self.pass == Pass::Emit {
            if self.code.len() == self.code.capacity() && self.code.try_reserve(64).is_err() {
                self.oom = true;
                return;
            }
            self.code.push(b);
        }
        self.offset += 1;
    }

    fn put_uint(&mut self, v: u64) {
        let mut buf = [0u8; 10];
        let mut n = 0;
        emit_varuint(v, |b| {
            buf[n] = b;
            n += 1;
        });
        buf[..n].iter().for_each(|&b| self.put(b));
    }

    /// An opcode without operand.
    fn op(&mut self, stack_adj: i32, b: u8) {
        self.adjust_stack_size(stack_adj);
        if !self.dead {
            self.put(b);
        }
    }

    /// An opcode with a varuint operand.
    fn op_uint(&mut self, stack_adj: i32, b: u8, v: u64) {
        self.adjust_stack_size(stack_adj);
        if !self.dead {
            self.put(b);
            self.put_uint(v);
        }
    }

    /// A byte outside the stack accounting (closure counts, unwind counts, break POP_TOPs).
    fn raw(&mut self, b: u8) {
        if !self.dead {
            self.put(b);
        }
    }

    /// A jump opcode to label `l` (bytecode.md §15.1).
    fn op_label(&mut self, stack_adj: i32, b: u8, l: Label) {
        self.adjust_stack_size(stack_adj);
        if self.dead {
            return;
        }
        let signed = b <= op::POP_JUMP_IF_FALSE;
        if self.pass < Pass::CodeSize {
            // Sizes are unknown yet: assume the long form.
            self.put(b);
            self.put(0);
            self.put(0);
            return;
        }
        let target = self.labels.get(l.0 as usize).copied().unwrap_or(0);
        let d = i64::from(target) - self.offset as i64 - 2;
        let short = if signed {
            (-64..=63).contains(&d)
        } else {
            (0..=127).contains(&d)
        };
        self.put(b);
        if short {
            self.put((if signed { d + 0x40 } else { d }) as u8);
        } else {
            let v = d - 1 + if signed { 0x4000 } else { 0 };
            if !(0..=0x7fff).contains(&v) {
                self.overflow = true;
            }
            self.put(0x80 | (v & 0x7f) as u8);
            self.put((v >> 7) as u8);
        }
    }
}

impl<A: Allocator + Clone> Emitter for BcEmitter<A> {
    fn start_pass(&mut self, s: &ScopeInfo<'_>) -> Result<()> {
        self.pass = s.pass;
        self.stack = 0;
        self.dead = false;
        self.offset = 0;
        self.lines = LineTableEncoder::new();
        self.info.clear();
        self.code.clear();
        self.overflow = false;
        self.oom = false;
        if s.pass == Pass::Scope {
            return Ok(());
        }
        // n_state uses the stack size found so far (0 during pass 2), at least 1 slot.
        let n_state = (usize::from(s.num_locals) + self.max_stack as usize).max(1);
        let sig = Signature {
            n_state,
            n_exc_stack: usize::from(s.exc_stack_size),
            scope_flags: s.sig_flags,
            n_pos_args: usize::from(s.n_pos_args),
            n_kwonly_args: usize::from(s.n_kwonly_args),
            n_def_pos_args: usize::from(s.n_def_pos_args),
        };
        let mut buf: [u8; 32] = [0; 32];
        let mut n = 0;
        sig.emit(|b| {
            if n < buf.len() {
                buf[n] = b;
                n += 1;
            }
        });
        if s.pass >= Pass::CodeSize {
            emit_prelude_size(self.n_info, self.n_cell, |b| {
                if n < buf.len() {
                    buf[n] = b;
                    n += 1;
                }
            });
        }
        buf[..n].iter().for_each(|&b| self.push_info(b));
        self.info_start = self.info.len();
        let names = core::iter::once(&s.simple_name).chain(s.arg_names.iter());
        for &q in names {
            let mut b = [0u8; 10];
            let mut k = 0;
            emit_varuint(u64::from(q), |x| {
                b[k] = x;
                k += 1;
            });
            b[..k].iter().for_each(|&x| self.push_info(x));
        }
        // The cells follow the line table, so they are appended in `end_pass`.
        self.cells.clear();
        if self.cells.try_reserve(s.cells.len()).is_err() {
            return Err(CompileError::memory());
        }
        self.cells.extend_from_slice(s.cells);
        Ok(())
    }

    fn end_pass(&mut self) -> Result<bool> {
        if self.pass == Pass::Scope {
            return Ok(true);
        }
        self.n_info = self.info.len() - self.info_start;
        self.n_cell = self.cells.len();
        for i in 0..self.cells.len() {
            self.push_info(self.cells[i]);
        }
        if self.oom {
            return Err(CompileError::memory());
        }
        let sizes = (self.info.len(), self.offset);
        let converged = self.pass == Pass::Emit && sizes == self.prev_sizes;
        self.prev_sizes = sizes;
        if converged && self.overflow {
            return Err(CompileError {
                kind: ErrorKind::RuntimeError,
                msg: Message::Static("bytecode overflow"),
                line: 0,
                block: crate::error::Block::NoTraceback,
            });
        }
        Ok(converged)
    }

    fn is_dead(&self) -> bool {
        self.dead
    }

    fn adjust_stack_size(&mut self, delta: i32) {
        if self.pass == Pass::Scope {
            return;
        }
        self.stack += delta;
        if self.stack > self.max_stack {
            self.max_stack = self.stack;
        }
    }

    fn set_source_line(&mut self, line: u32) {
        if self.pass == Pass::Scope || !self.source_lines {
            return;
        }
        let offset = self.offset;
        let (info, oom) = (&mut self.info, &mut self.oom);
        self.lines.record_with(offset, line as usize, |b| {
            if info.len() == info.capacity() && info.try_reserve(16).is_err() {
                *oom = true;
            } else {
                info.push(b);
            }
        });
    }

    fn label_assign(&mut self, l: Label) {
        self.dead = false;
        if self.pass == Pass::Scope {
            return;
        }
        let i = l.0 as usize;
        if i >= self.labels.len() {
            if self.labels.try_reserve(i + 1 - self.labels.len()).is_err() {
                self.oom = true;
                return;
            }
            self.labels.resize(i + 1, 0);
        }
        self.labels[i] = self.offset as u32;
    }

    fn load_const_tok(&mut self, t: ConstTok) {
        let b = match t {
            ConstTok::None => op::LOAD_CONST_NONE,
            ConstTok::True => op::LOAD_CONST_TRUE,
            ConstTok::False => op::LOAD_CONST_FALSE,
        };
        self.op(1, b);
    }

    fn load_const_small_int(&mut self, v: i64) {
        if (op::SMALL_INT_MULTI_MIN..=op::SMALL_INT_MULTI_MAX).contains(&v) {
            self.op(1, (v + i64::from(op::SMALL_INT_MULTI_BIAS)) as u8);
        } else {
            self.adjust_stack_size(1);
            if !self.dead {
                self.put(op::LOAD_CONST_SMALL_INT);
                let mut buf = [0u8; 10];
                let mut n = 0;
                emit_sint(v, |b| {
                    buf[n] = b;
                    n += 1;
                });
                buf[..n].iter().for_each(|&b| self.put(b));
            }
        }
    }

    fn load_const_str(&mut self, qstr: u32) {
        self.op_uint(1, op::LOAD_CONST_STRING, u64::from(qstr));
    }

    fn load_const_obj(&mut self, index: u32) {
        self.op_uint(1, op::LOAD_CONST_OBJ, u64::from(index));
    }

    fn load_null(&mut self) {
        self.op(1, op::LOAD_NULL);
    }

    fn id_op(&mut self, access: Access, id: IdAccess) {
        match (access, id) {
            (Access::Load, IdAccess::Fast(n)) if n < 16 => {
                self.op(1, op::LOAD_FAST_MULTI + n as u8)
            }
            (Access::Load, IdAccess::Fast(n)) => self.op_uint(1, op::LOAD_FAST_N, u64::from(n)),
            (Access::Load, IdAccess::Deref(n)) => self.op_uint(1, op::LOAD_DEREF, u64::from(n)),
            (Access::Load, IdAccess::Name(q)) => self.op_uint(1, op::LOAD_NAME, u64::from(q)),
            (Access::Load, IdAccess::Global(q)) => self.op_uint(1, op::LOAD_GLOBAL, u64::from(q)),
            (Access::Store, IdAccess::Fast(n)) if n < 16 => {
                self.op(-1, op::STORE_FAST_MULTI + n as u8)
            }
            (Access::Store, IdAccess::Fast(n)) => self.op_uint(-1, op::STORE_FAST_N, u64::from(n)),
            (Access::Store, IdAccess::Deref(n)) => self.op_uint(-1, op::STORE_DEREF, u64::from(n)),
            (Access::Store, IdAccess::Name(q)) => self.op_uint(-1, op::STORE_NAME, u64::from(q)),
            (Access::Store, IdAccess::Global(q)) => {
                self.op_uint(-1, op::STORE_GLOBAL, u64::from(q))
            }
            (Access::Delete, IdAccess::Fast(n)) => self.op_uint(0, op::DELETE_FAST, u64::from(n)),
            (Access::Delete, IdAccess::Deref(n)) => self.op_uint(0, op::DELETE_DEREF, u64::from(n)),
            (Access::Delete, IdAccess::Name(q)) => self.op_uint(0, op::DELETE_NAME, u64::from(q)),
            (Access::Delete, IdAccess::Global(q)) => {
                self.op_uint(0, op::DELETE_GLOBAL, u64::from(q))
            }
        }
    }

    fn load_method(&mut self, qstr: u32, is_super: bool) {
        if is_super {
            self.op_uint(-1, op::LOAD_SUPER_METHOD, u64::from(qstr));
        } else {
            self.op_uint(1, op::LOAD_METHOD, u64::from(qstr));
        }
    }

    fn load_build_class(&mut self) {
        self.op(1, op::LOAD_BUILD_CLASS);
    }

    fn subscr(&mut self, access: Access) {
        match access {
            Access::Load => self.op(-1, op::LOAD_SUBSCR),
            Access::Store => self.op(-3, op::STORE_SUBSCR),
            Access::Delete => {
                self.load_null();
                self.rot_three();
                self.op(-3, op::STORE_SUBSCR);
            }
        }
    }

    fn attr(&mut self, qstr: u32, access: Access) {
        match access {
            Access::Load => self.op_uint(0, op::LOAD_ATTR, u64::from(qstr)),
            Access::Store => self.op_uint(-2, op::STORE_ATTR, u64::from(qstr)),
            Access::Delete => {
                self.load_null();
                self.rot_two();
                self.op_uint(-2, op::STORE_ATTR, u64::from(qstr));
            }
        }
    }

    fn dup_top(&mut self) {
        self.op(1, op::DUP_TOP);
    }

    fn dup_top_two(&mut self) {
        self.op(2, op::DUP_TOP_TWO);
    }

    fn pop_top(&mut self) {
        self.op(-1, op::POP_TOP);
    }

    fn rot_two(&mut self) {
        self.op(0, op::ROT_TWO);
    }

    fn rot_three(&mut self) {
        self.op(0, op::ROT_THREE);
    }

    fn jump(&mut self, l: Label) {
        self.op_label(0, op::JUMP, l);
        self.dead = true;
    }

    fn pop_jump_if(&mut self, cond: bool, l: Label) {
        let b = if cond {
            op::POP_JUMP_IF_TRUE
        } else {
            op::POP_JUMP_IF_FALSE
        };
        self.op_label(-1, b, l);
    }

    fn jump_if_or_pop(&mut self, cond: bool, l: Label) {
        let b = if cond {
            op::JUMP_IF_TRUE_OR_POP
        } else {
            op::JUMP_IF_FALSE_OR_POP
        };
        self.op_label(-1, b, l);
    }

    fn unwind_jump(&mut self, l: Label, depth: u16, from_for: bool) {
        if depth == 0 {
            if from_for {
                // Drop the 4-slot iterator; these bytes are outside the stack accounting.
                (0..4).for_each(|_| self.raw(op::POP_TOP));
            }
            self.op_label(0, op::JUMP, l);
        } else {
            self.op_label(0, op::UNWIND_JUMP, l);
            self.raw((depth as u8 & 0x7f) | if from_for { 0x80 } else { 0 });
        }
        self.dead = true;
    }

    fn setup_block(&mut self, l: Label, kind: BlockKind) {
        match kind {
            BlockKind::With => self.op_label(2, op::SETUP_WITH, l),
            BlockKind::Except => self.op_label(0, op::SETUP_EXCEPT, l),
            BlockKind::Finally => self.op_label(0, op::SETUP_FINALLY, l),
        }
    }

    fn with_cleanup(&mut self, l: Label) {
        self.load_const_tok(ConstTok::None);
        self.label_assign(l);
        self.op(2, op::WITH_CLEANUP);
        // Cancels the +2 above and the +2 of SETUP_WITH.
        self.adjust_stack_size(-4);
    }

    fn end_finally(&mut self) {
        self.op(-1, op::END_FINALLY);
    }

    fn get_iter(&mut self, use_stack: bool) {
        if use_stack {
            self.op(3, op::GET_ITER_STACK);
        } else {
            self.op(0, op::GET_ITER);
        }
    }

    fn for_iter(&mut self, l: Label) {
        self.op_label(1, op::FOR_ITER, l);
    }

    fn for_iter_end(&mut self) {
        self.adjust_stack_size(-4);
    }

    fn pop_except_jump(&mut self, l: Label, _within_handler: bool) {
        self.op_label(0, op::POP_EXCEPT_JUMP, l);
        self.dead = true;
    }

    fn start_except_handler(&mut self) {
        // The exception, plus room for the state of a possible UNWIND_JUMP.
        self.adjust_stack_size(4);
    }

    fn end_except_handler(&mut self) {
        self.adjust_stack_size(-3);
    }

    fn unary_op(&mut self, o: u8) {
        self.op(0, op::UNARY_OP_MULTI + o);
    }

    fn binary_op(&mut self, o: u8) {
        self.op(-1, op::BINARY_OP_MULTI + o);
    }

    fn build(&mut self, n: u32, kind: BuildKind) {
        let n64 = u64::from(n);
        let adj = 1 - n as i32;
        match kind {
            BuildKind::Map => self.op_uint(1, op::BUILD_MAP, n64),
            BuildKind::Tuple => self.op_uint(adj, op::BUILD_TUPLE, n64),
            BuildKind::List => self.op_uint(adj, op::BUILD_LIST, n64),
            BuildKind::Set => self.op_uint(adj, op::BUILD_SET, n64),
            BuildKind::Slice => self.op_uint(adj, op::BUILD_SLICE, n64),
        }
    }

    fn store_map(&mut self) {
        self.op(-2, op::STORE_MAP);
    }

    fn store_comp(&mut self, kind: CompStore, index: u32) {
        let i = u64::from(index);
        match kind {
            CompStore::List => self.op_uint(-1, op::STORE_COMP, i << 2),
            CompStore::Set => self.op_uint(-1, op::STORE_COMP, (i << 2) | 2),
            // The dict sits one slot deeper because key and value are both on the stack.
            CompStore::Dict => self.op_uint(-2, op::STORE_COMP, ((i + 1) << 2) | 1),
        }
    }

    fn unpack_sequence(&mut self, n: u32) {
        self.op_uint(n as i32 - 1, op::UNPACK_SEQUENCE, u64::from(n));
    }

    fn unpack_ex(&mut self, n_left: u32, n_right: u32) {
        let arg = u64::from(n_left) | u64::from(n_right) << 8;
        self.op_uint((n_left + n_right) as i32, op::UNPACK_EX, arg);
    }

    fn make_function(&mut self, child: u32, n_pos_defaults: u32, n_kw_defaults: u32) {
        if n_pos_defaults == 0 && n_kw_defaults == 0 {
            self.op_uint(1, op::MAKE_FUNCTION, u64::from(child));
        } else {
            self.op_uint(-1, op::MAKE_FUNCTION_DEFARGS, u64::from(child));
        }
    }

    fn make_closure(&mut self, child: u32, n_closed: u32, n_pos_defaults: u32, n_kw_defaults: u32) {
        let n = n_closed as i32;
        if n_pos_defaults == 0 && n_kw_defaults == 0 {
            self.op_uint(1 - n, op::MAKE_CLOSURE, u64::from(child));
        } else {
            self.op_uint(-1 - n, op::MAKE_CLOSURE_DEFARGS, u64::from(child));
        }
        self.raw(n_closed as u8);
    }

    fn call_function(&mut self, n_pos: u32, n_kw: u32, star: bool) {
        call(self, 0, op::CALL_FUNCTION, n_pos, n_kw, star);
    }

    fn call_method(&mut self, n_pos: u32, n_kw: u32, star: bool) {
        call(self, -1, op::CALL_METHOD, n_pos, n_kw, star);
    }

    fn return_value(&mut self) {
        self.op(-1, op::RETURN_VALUE);
        self.dead = true;
    }

    fn raise_varargs(&mut self, n: u8) {
        self.op(-i32::from(n), op::RAISE_LAST + n);
        self.dead = true;
    }

    fn yield_(&mut self, from: bool) {
        if from {
            self.op(-1, op::YIELD_FROM);
        } else {
            self.op(0, op::YIELD_VALUE);
        }
    }

    fn import(&mut self, kind: ImportKind) {
        match kind {
            ImportKind::Name(q) => self.op_uint(-1, op::IMPORT_NAME, u64::from(q)),
            ImportKind::From(q) => self.op_uint(1, op::IMPORT_FROM, u64::from(q)),
            ImportKind::Star => self.op(-1, op::IMPORT_STAR),
        }
    }
}

/// CALL_FUNCTION / CALL_METHOD and their `_VAR_KW` forms (one opcode higher).
fn call<A: Allocator + Clone>(
    e: &mut BcEmitter<A>,
    base_adj: i32,
    base: u8,
    n_pos: u32,
    n_kw: u32,
    star: bool,
) {
    let arg = u64::from(n_kw) << 8 | u64::from(n_pos);
    let mut adj = base_adj - n_pos as i32 - 2 * n_kw as i32;
    if star {
        // The star bitmap is one more object.
        adj -= 1;
        e.op_uint(adj, base + 1, arg);
    } else {
        e.op_uint(adj, base, arg);
    }
}
