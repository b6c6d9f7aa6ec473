//! Stack-depth analysis of the verifier: on every path the value stack stays inside the frame.
//!
//! A `finally` (or `with`) handler is entered with one slot (an exception or `None`) or two (a
//! return value or jump destination plus a marker), and the handler's code branches on which,
//! so each position has a depth plus a flag "maybe one more". `END_FINALLY` falls through only
//! in the one-slot case, which keeps the analysis exact around loops. Destinations of
//! `UNWIND_JUMP` get a provisional depth that ordinary control flow overrides (break targets
//! are normally reached both ways). Frames keep [`GUARD_SLOTS`] spare slots below the stack, so
//! code that reads a little below an empty stack reads `NULL`s, never foreign memory; the
//! interpreter checks the few dynamic cases (block nesting, unwinding) at run time.

use allocator_api2::vec::Vec;
use mpy_format::decode::{Arg, decode_at};
use mpy_format::opcode::{self as op, stack_effect};

use crate::code::Code;
use crate::error::PyResult;
use crate::heapalloc::VmManual;
use crate::vm::Vm;

/// Spare slots below the value stack of every frame.
pub const GUARD_SLOTS: usize = 2;

/// Slots beyond the analysed maximum that unwinding pushes transiently (destination, count).
const UNWIND_MARGIN: usize = 2;

#[derive(Clone, Copy, PartialEq, Eq)]
struct Depth {
    /// Depth in the one-slot case.
    d: i32,
    /// Whether one more slot may be present (inside a finally entered by unwinding).
    extra: bool,
    /// Set only through `UNWIND_JUMP` (provisional).
    soft: bool,
}

fn reject_at(vm: &mut Vm, what: &str, at: usize, name: crate::qstr::Qstr) -> crate::error::Exc {
    let n = core::str::from_utf8(vm.qstr_str(name)).unwrap_or("?");
    vm.value_error_fmt(format_args!("invalid .mpy bytecode: {what} at {at} in {n}"))
}

/// Computes the stack depths of `code` and sizes its frames; rejects code whose depths could
/// overflow the frame, read below its guard slots, or disagree where paths merge.
pub fn check_stack_depth(vm: &mut Vm, code: &mut Code, name: crate::qstr::Qstr) -> PyResult<()> {
    let bc = code.code();
    let mut depth: Vec<Option<Depth>, VmManual> = Vec::new_in(VmManual);
    let mut work: Vec<usize, VmManual> = Vec::new_in(VmManual);
    if depth.try_reserve(bc.len()).is_err() || work.try_reserve(16).is_err() {
        return Err(vm.memory_error());
    }
    depth.resize(bc.len(), None);
    // Allow the slack a compiler-sized frame never needs but unwinding may use.
    let limit = code.n_state as i32 + 4;
    let floor = -(GUARD_SLOTS as i32);
    let mut max = 0i32;
    depth[0] = Some(Depth {
        d: 0,
        extra: false,
        soft: false,
    });
    work.push(0);
    macro_rules! flow {
        ($to:expr, $d:expr, $extra:expr, $soft:expr) => {{
            let (to, d, extra, soft): (usize, i32, bool, bool) = ($to, $d, $extra, $soft);
            let d = if soft { d.max(0) } else { d };
            if d + i32::from(extra) > limit {
                return Err(reject_at(vm, "stack overflow", to, name));
            }
            if d < 0 {
                return Err(reject_at(vm, "stack underflow", to, name));
            }
            if to >= bc.len() {
                return Err(reject_at(vm, "execution runs off the end", to, name));
            }
            let new = match depth[to] {
                None => Some(Depth { d, extra, soft }),
                Some(old) if old.soft && !soft => Some(Depth { d, extra, soft }),
                Some(_) if soft => None,
                Some(old) if old.d != d => {
                    return Err(reject_at(vm, "inconsistent stack depth", to, name));
                }
                Some(old) if extra && !old.extra => Some(Depth { d, extra, soft }),
                Some(_) => None,
            };
            if let Some(n) = new {
                depth[to] = Some(n);
                if work.try_reserve(1).is_err() {
                    return Err(vm.memory_error());
                }
                work.push(to);
            }
        }};
    }
    while let Some(pos) = work.pop() {
        let Some(Depth { d, extra, soft }) = depth[pos] else {
            continue;
        };
        let Ok(i) = decode_at(bc, pos) else {
            return Err(reject_at(vm, "undecodable instruction", pos, name));
        };
        let top = d + i32::from(extra);
        max = max.max(top);
        let next = pos + i.len;
        let e = stack_effect(i.op, i.arg.as_u64()).unwrap_or(0) as i32;
        let target = match i.arg {
            Arg::Jump(t) | Arg::UnwindJump { target: t, .. } => t as usize,
            _ => 0,
        };
        // What an instruction reads below the top must exist (or lie in the guard slots).
        let reads = match (i.op, i.arg) {
            (op::STORE_COMP, Arg::Uint(n)) => (n >> 2) as i32 + 1,
            (op::CALL_FUNCTION, Arg::Uint(n)) => ((n & 0xff) + 2 * (n >> 8)) as i32 + 1,
            (op::CALL_METHOD | op::CALL_FUNCTION_VAR_KW, Arg::Uint(n)) => {
                ((n & 0xff) + 2 * (n >> 8)) as i32 + 2
            }
            (op::CALL_METHOD_VAR_KW, Arg::Uint(n)) => ((n & 0xff) + 2 * (n >> 8)) as i32 + 3,
            (op::MAKE_CLOSURE, Arg::Closure { n_closed, .. }) => i32::from(n_closed),
            (op::MAKE_CLOSURE_DEFARGS, Arg::Closure { n_closed, .. }) => i32::from(n_closed) + 2,
            (op::BUILD_TUPLE | op::BUILD_LIST | op::BUILD_SET | op::BUILD_SLICE, Arg::Uint(n)) => {
                n as i32
            }
            (op::WITH_CLEANUP | op::ROT_THREE | op::STORE_SUBSCR | op::LOAD_SUPER_METHOD, _) => 3,
            (op::FOR_ITER, _) => 4,
            (op::DUP_TOP_TWO | op::ROT_TWO | op::YIELD_FROM | op::STORE_MAP, _) => 2,
            (op::STORE_ATTR | op::MAKE_FUNCTION_DEFARGS | op::LOAD_SUBSCR | op::RAISE_FROM, _) => 2,
            (op::IMPORT_NAME, _) => 2,
            (0xd7..=0xf9, _) => 2,
            _ => (-e).max(0),
        };
        if top < reads || d - reads < floor - 1 {
            return Err(reject_at(vm, "stack underflow", pos, name));
        }
        match i.op {
            op::RETURN_VALUE | op::RAISE_OBJ | op::RAISE_FROM | op::RAISE_LAST => {}
            op::JUMP | op::POP_EXCEPT_JUMP => flow!(target, d, extra, soft),
            op::POP_JUMP_IF_TRUE | op::POP_JUMP_IF_FALSE => {
                flow!(target, d - 1, extra, soft);
                flow!(next, d - 1, extra, soft);
            }
            op::JUMP_IF_TRUE_OR_POP | op::JUMP_IF_FALSE_OR_POP => {
                flow!(target, d, extra, soft);
                flow!(next, d - 1, extra, soft);
            }
            op::FOR_ITER => {
                flow!(target, d - 4, extra, soft);
                flow!(next, d + 1, extra, soft);
            }
            op::SETUP_EXCEPT => {
                flow!(target, d + 1, false, soft);
                flow!(next, d, extra, soft);
            }
            op::SETUP_FINALLY => {
                flow!(target, d + 1, true, soft);
                flow!(next, d, extra, soft);
            }
            op::SETUP_WITH => {
                flow!(target, d + 2, true, soft);
                flow!(next, d + 2, extra, soft);
            }
            op::UNWIND_JUMP => {
                let Arg::UnwindJump { unwind, .. } = i.arg else {
                    continue;
                };
                let pop_iter = if unwind & 0x80 != 0 { 4 } else { 0 };
                flow!(target, d - pop_iter, false, true);
            }
            // Falls through only when the finally was entered with one slot (`None`).
            op::END_FINALLY => flow!(next, d - 1, false, soft),
            op::WITH_CLEANUP => flow!(next, d - 2, extra, soft),
            _ => flow!(next, d + e, extra, soft),
        }
    }
    code.state_alloc = code.n_state.max(max as usize + 1 + UNWIND_MARGIN);
    Ok(())
}
