//! The execution state of one running bytecode function.

use core::mem::size_of;

use crate::code::{Code, ModuleContext};
use crate::objfun::FunBc;
use crate::value::Value;

/// One exception-handler record (`SETUP_EXCEPT`, `SETUP_FINALLY`, `SETUP_WITH`).
#[repr(C)]
#[derive(Clone, Copy)]
pub struct ExcBlock {
    /// Code offset of the handler.
    pub handler: usize,
    /// Stack pointer (index of TOS) when the block was pushed.
    pub saved_sp: isize,
    /// True for finally and with blocks.
    pub finally_like: usize,
    /// The exception being handled once the handler runs (else NULL).
    pub saved_exc: Value,
}

/// Words of an [`ExcBlock`].
pub const EXC_BLOCK_WORDS: usize = size_of::<ExcBlock>() / size_of::<usize>();

/// State of a running (or suspended) bytecode function.
pub struct Frame {
    /// The function object.
    pub fun: Value,
    /// Its code.
    pub code: *const Code,
    /// Its module context.
    pub ctx: *const ModuleContext,
    /// Value slots: the stack grows up from 0, locals are at the top.
    pub state: *mut Value,
    /// Exception-handler records.
    pub exc: *mut ExcBlock,
    /// Offset of the next instruction.
    pub ip: usize,
    /// Index of the top of stack (-1 when empty).
    pub sp: isize,
    /// Index of the innermost handler record (-1 when none).
    pub exc_sp: isize,
    /// Exception to throw in at the next resume (generators).
    pub pending_throw: Value,
}

impl Frame {
    /// Words of storage a frame for `code` needs (state plus handler records).
    pub fn words_needed(code: &Code) -> usize {
        crate::stackcheck::GUARD_SLOTS + code.state_alloc + code.n_exc_stack * EXC_BLOCK_WORDS
    }

    /// A frame over `storage` (zeroed words, at least [`Frame::words_needed`]).
    pub(crate) fn new(f: Value, fun: &FunBc, code: &Code, storage: *mut Value) -> Frame {
        Frame {
            fun: f,
            code,
            ctx: fun.context,
            // SAFETY: guard slots, then the state slots, then the handler records, all in
            // `storage` (sized by `words_needed`).
            state: unsafe { storage.add(crate::stackcheck::GUARD_SLOTS) },
            exc: unsafe { storage.add(crate::stackcheck::GUARD_SLOTS + code.state_alloc) }
                as *mut ExcBlock,
            ip: 0,
            sp: -1,
            exc_sp: -1,
            pending_throw: Value::NULL,
        }
    }

    /// Local slot `i`.
    #[inline(always)]
    pub fn local(&self, i: usize) -> *mut Value {
        // SAFETY: the verifier checked local numbers against n_state.
        unsafe { self.state.add((*self.code).n_state - 1 - i) }
    }
}
