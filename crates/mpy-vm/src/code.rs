//! Loaded raw code: a function's bytes (executed in place) plus its decoded prelude, and the
//! module context shared by all functions of one module.

use crate::obj::ObjHeader;
use crate::qstr::Qstr;
use crate::value::Value;

/// Kind of machine code or bytecode a [`Code`] holds.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u8)]
pub enum CodeKind {
    /// MicroPython bytecode.
    Bytecode = 0,
    /// Native Python machine code.
    Native = 1,
    /// Viper machine code.
    Viper = 2,
    /// Inline assembler.
    Asm = 3,
}

/// One raw code ("proto-function"), as the runtime keeps it. Lives in a managed block
/// reached from function objects and from its parent's child table.
#[repr(C)]
pub struct Code {
    /// The function data (bytecode with prelude, or machine code), executed in place.
    pub fun_data: *const u8,
    /// Length of `fun_data`.
    pub fun_data_len: usize,
    /// Child table: pointers to the children's `Code` (plus a trailing prelude pointer for
    /// native code, as machine code expects).
    pub children: *const *const Code,
    /// Number of children.
    pub n_children: usize,
    /// Offset of the first opcode from `fun_data`.
    pub code_start: usize,
    /// Length of the opcode area.
    pub code_len: usize,
    /// The line-number table (borrowed from `fun_data`).
    pub line_table: *const u8,
    /// Its length.
    pub line_table_len: usize,
    /// Argument names (positional then keyword-only) as indices into the module's qstr
    /// table, so a descriptor needs nothing from a particular interpreter and can be static.
    pub arg_names: *const u16,
    /// Local slots to wrap in cells at entry (borrowed from `fun_data`).
    pub cells: *const u8,
    /// Number of cells.
    pub n_cells: usize,
    /// Frame size (locals plus stack).
    pub n_state: usize,
    /// Value slots a frame allocates: `n_state`, or more when the verifier found that
    /// unwinding could push beyond it (so a hostile file cannot write past the frame).
    pub state_alloc: usize,
    /// Exception-handler nesting.
    pub n_exc_stack: usize,
    /// Positional parameters (closed-over cells included).
    pub n_pos_args: usize,
    /// Keyword-only parameters.
    pub n_kwonly_args: usize,
    /// Positional parameters with defaults.
    pub n_def_pos_args: usize,
    /// Signature scope flags (generator, varargs, varkw, kw defaults).
    pub scope_flags: u8,
    /// The kind of code.
    pub kind: CodeKind,
    /// The function's simple name, as an index into the module's qstr table.
    pub name: u16,
    /// Viper/asm: return type code; asm: number of register arguments.
    pub type_sig: usize,
    /// Viper: base of the zeroed bss followed by rodata (machine code may address it).
    pub data: *mut u8,
    /// Bitmap of instruction starts (set by the verifier): unwinding resumed from stack
    /// data may only jump to one.
    pub starts: *const u8,
}

impl Code {
    /// Whether `off` is the start of an instruction (false before verification).
    pub fn is_instruction_start(&self, off: usize) -> bool {
        if self.starts.is_null() || off >= self.code_len {
            return false;
        }
        // SAFETY: the bitmap has a bit per opcode byte.
        unsafe { *self.starts.add(off / 8) & (1 << (off % 8)) != 0 }
    }
}

impl Code {
    /// The opcodes.
    #[inline]
    pub fn code(&self) -> &'static [u8] {
        // SAFETY: points into fun_data, which lives at least as long as the Code.
        unsafe { core::slice::from_raw_parts(self.fun_data.add(self.code_start), self.code_len) }
    }

    /// The argument names (module qstr-table indices; see [`ModuleContext::qstr`]).
    #[inline]
    pub fn arg_names(&self) -> &'static [u16] {
        let n = self.n_pos_args + self.n_kwonly_args;
        if n == 0 {
            return &[];
        }
        // SAFETY: an array of n qstrs allocated with the Code.
        unsafe { core::slice::from_raw_parts(self.arg_names, n) }
    }

    /// The cell slots.
    #[inline]
    pub fn cells(&self) -> &'static [u8] {
        if self.n_cells == 0 {
            return &[];
        }
        // SAFETY: borrowed from fun_data.
        unsafe { core::slice::from_raw_parts(self.cells, self.n_cells) }
    }

    /// Child `i`.
    #[inline]
    pub fn child(&self, i: usize) -> *const Code {
        if i >= self.n_children {
            return core::ptr::null();
        }
        // SAFETY: i < n_children.
        unsafe { *self.children.add(i) }
    }

    /// Source line of the instruction at opcode offset `off`.
    pub fn line_for_offset(&self, off: usize) -> usize {
        // SAFETY: borrowed from fun_data.
        let t = unsafe { core::slice::from_raw_parts(self.line_table, self.line_table_len) };
        mpy_format::linetable::LineTable::new(t).line_for_offset(off)
    }

    /// The function's simple name, resolved through its module's qstr table.
    #[inline]
    pub fn name(&self, ctx: &ModuleContext) -> Qstr {
        ctx.qstr(usize::from(self.name))
    }

    /// Whether calling it makes a generator.
    #[inline]
    pub fn is_generator(&self) -> bool {
        self.scope_flags & 1 != 0
    }
}

/// What all functions of one module share. Layout fixed by the native ABI (words 0..3).
#[repr(C)]
pub struct ModuleContext {
    /// Header (the module type).
    pub base: ObjHeader,
    /// The module's globals dict.
    pub globals: Value,
    /// Runtime qstr numbers of the module's qstr table.
    pub qstr_table: *const u16,
    /// The constant table.
    pub obj_table: *const Value,
    /// Number of qstrs.
    pub n_qstr: usize,
    /// Number of constants.
    pub n_obj: usize,
    /// The source file name (for tracebacks).
    pub file: Qstr,
    /// The module object.
    pub module: Value,
}

impl ModuleContext {
    /// Runtime qstr of module qstr-table index `i` (bounds checked at load by the verifier).
    #[inline(always)]
    pub fn qstr(&self, i: usize) -> Qstr {
        // SAFETY: the verifier checked every qstr operand against n_qstr.
        Qstr(unsafe { *self.qstr_table.add(i) })
    }

    /// Constant `i`.
    #[inline(always)]
    pub fn obj(&self, i: usize) -> Value {
        // SAFETY: the verifier checked every constant operand against n_obj.
        unsafe { *self.obj_table.add(i) }
    }
}
