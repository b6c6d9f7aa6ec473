//! Stack-depth analysis of the verifier: every path through a function keeps the value stack
//! inside the frame, and merging paths agree on the depth.

use allocator_api2::vec::Vec;
use mpy_format::decode::{Arg, decode_at};
use mpy_format::opcode::{self as op, stack_effect};

use crate::code::Code;
use crate::error::PyResult;
use crate::heapalloc::VmManual;
use crate::vm::Vm;

const UNKNOWN: i32 = -1;

/// Slots beyond the analysed maximum that unwinding may use (a finally entered with a
/// `(destination, count)` or `(value, -1)` pair instead of one value, plus temporaries).
const UNWIND_MARGIN: usize = 3;

fn reject(vm: &mut Vm, what: &str) -> crate::error::Exc {
    vm.value_error_fmt(format_args!("invalid .mpy bytecode: {what}"))
}

/// Computes the maximum stack depth of `code` and sizes its frames; rejects inconsistent code.
pub fn check_stack_depth(vm: &mut Vm, code: &mut Code) -> PyResult<()> {
    let bc = code.code();
    let mut depth: Vec<i32, VmManual> = Vec::new_in(VmManual);
    let mut work: Vec<usize, VmManual> = Vec::new_in(VmManual);
    if depth.try_reserve(bc.len()).is_err() || work.try_reserve(16).is_err() {
        return Err(vm.memory_error());
    }
    depth.resize(bc.len(), UNKNOWN);
    let limit = code.n_state as i32;
    let mut max = 0i32;
    depth[0] = 0;
    work.push(0);
    macro_rules! flow {
        ($to:expr, $d:expr) => {{
            let (to, d): (usize, i32) = ($to, $d);
            if d < 0 {
                return Err(reject(vm, "stack underflow"));
            }
            if d > limit {
                return Err(reject(vm, "stack overflow"));
            }
            if to >= bc.len() {
                return Err(reject(vm, "execution runs off the end"));
            }
            match depth[to] {
                UNKNOWN => {
                    depth[to] = d;
                    if work.try_reserve(1).is_err() {
                        return Err(vm.memory_error());
                    }
                    work.push(to);
                }
                old if old != d => return Err(reject(vm, "inconsistent stack depth")),
                _ => {}
            }
        }};
    }
    while let Some(pos) = work.pop() {
        let d = depth[pos];
        let Ok(i) = decode_at(bc, pos) else {
            return Err(reject(vm, "undecodable instruction"));
        };
        max = max.max(d);
        let next = pos + i.len;
        let effect = stack_effect(i.op, i.arg.as_u64()).unwrap_or(0) as i32;
        let target = match i.arg {
            Arg::Jump(t) | Arg::UnwindJump { target: t, .. } => t as usize,
            _ => 0,
        };
        match i.op {
            op::RETURN_VALUE | op::RAISE_OBJ | op::RAISE_FROM | op::RAISE_LAST => {
                if d + effect < 0 {
                    return Err(reject(vm, "stack underflow"));
                }
            }
            op::JUMP => flow!(target, d),
            op::POP_EXCEPT_JUMP => flow!(target, d),
            op::POP_JUMP_IF_TRUE | op::POP_JUMP_IF_FALSE => {
                flow!(target, d - 1);
                flow!(next, d - 1);
            }
            op::JUMP_IF_TRUE_OR_POP | op::JUMP_IF_FALSE_OR_POP => {
                flow!(target, d);
                flow!(next, d - 1);
            }
            op::FOR_ITER => {
                flow!(target, d - 4);
                flow!(next, d + 1);
            }
            op::SETUP_EXCEPT | op::SETUP_FINALLY => {
                flow!(target, d + 1);
                flow!(next, d);
            }
            op::SETUP_WITH => {
                flow!(target, d + 2);
                flow!(next, d + 2);
            }
            op::UNWIND_JUMP => {
                let pop_iter =
                    matches!(i.arg, Arg::UnwindJump { unwind, .. } if unwind & 0x80 != 0);
                flow!(target, d - if pop_iter { 4 } else { 0 });
            }
            _ => flow!(next, d + effect),
        }
        // Operations that read below their net effect (calls, builds) need their inputs.
        let reads = match (i.op, i.arg) {
            (op::STORE_COMP, Arg::Uint(n)) => (n >> 2) as i32 + 1,
            (op::CALL_FUNCTION, Arg::Uint(n)) => ((n & 0xff) + 2 * (n >> 8)) as i32 + 1,
            (op::CALL_METHOD, Arg::Uint(n)) => ((n & 0xff) + 2 * (n >> 8)) as i32 + 2,
            (op::CALL_FUNCTION_VAR_KW, Arg::Uint(n)) => ((n & 0xff) + 2 * (n >> 8)) as i32 + 2,
            (op::CALL_METHOD_VAR_KW, Arg::Uint(n)) => ((n & 0xff) + 2 * (n >> 8)) as i32 + 3,
            (op::MAKE_CLOSURE, Arg::Closure { n_closed, .. }) => i32::from(n_closed),
            (op::MAKE_CLOSURE_DEFARGS, Arg::Closure { n_closed, .. }) => i32::from(n_closed) + 2,
            (op::WITH_CLEANUP, _) => 3,
            (op::FOR_ITER, _) => 4,
            (op::DUP_TOP_TWO | op::ROT_TWO, _) => 2,
            (op::ROT_THREE | op::STORE_SUBSCR | op::LOAD_SUPER_METHOD, _) => 3,
            (op::YIELD_FROM, _) => 2,
            _ => 0,
        };
        if d < reads {
            return Err(reject(vm, "stack underflow"));
        }
    }
    code.state_alloc = code.n_state.max(max as usize + 1 + UNWIND_MARGIN);
    Ok(())
}
