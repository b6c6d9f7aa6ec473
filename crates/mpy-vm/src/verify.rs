//! The load-time bytecode verifier: a hostile or corrupted `.mpy` becomes a `ValueError`,
//! never a crash, so the interpreter loop can run without bounds checks.
//!
//! Checked here: every opcode is assigned; operands (qstr, constant, child, local numbers,
//! cells, closure counts) are in range; jump targets land on instruction boundaries inside
//! the function; execution cannot run off the end; the prelude's counts fit the frame.

use mpy_format::decode::{Arg, Instructions};
use mpy_format::opcode as op;

use crate::code::Code;
use crate::error::PyResult;
use crate::vm::Vm;

fn reject(vm: &mut Vm, what: &str) -> crate::error::Exc {
    vm.value_error_fmt(format_args!("invalid .mpy bytecode: {what}"))
}

/// Verifies the bytecode of `code` against its module's table sizes.
pub fn verify(
    vm: &mut Vm,
    code: &mut Code,
    name: crate::qstr::Qstr,
    n_qstr: usize,
    n_obj: usize,
) -> PyResult<()> {
    let n_state = code.n_state;
    let params = code.n_pos_args + code.n_kwonly_args;
    let extra =
        usize::from(code.scope_flags & 0x04 != 0) + usize::from(code.scope_flags & 0x02 != 0);
    if params + extra > n_state {
        return Err(reject(vm, "parameters exceed frame size"));
    }
    if code.n_def_pos_args > code.n_pos_args {
        return Err(reject(vm, "more defaults than parameters"));
    }
    if code.cells().iter().any(|&c| usize::from(c) >= n_state) {
        return Err(reject(vm, "cell slot out of range"));
    }
    let bc = code.code();
    if bc.is_empty() {
        return Err(reject(vm, "empty function"));
    }
    // Instruction starts, to check jump targets land on boundaries (kept for the interpreter,
    // which checks destinations that unwinding reads back from the stack).
    let nbytes = bc.len().div_ceil(8) + 1;
    let map = vm.alloc_bytes(nbytes)?;
    // SAFETY: a fresh zeroed block of nbytes.
    let starts = unsafe { core::slice::from_raw_parts_mut(map, nbytes) };
    code.starts = map;
    let mut last = 0;
    for r in Instructions::new(bc) {
        let i = match r {
            Ok(i) => i,
            Err(_) => return Err(reject(vm, "undecodable instruction")),
        };
        starts[i.offset / 8] |= 1 << (i.offset % 8);
        last = i.offset;
        let ok = match (i.op, i.arg) {
            (_, Arg::Qstr(q)) => q < n_qstr,
            (_, Arg::Obj(o)) => o < n_obj,
            (_, Arg::Child(c)) => c < code.n_children,
            (_, Arg::Closure { child, n_closed }) => {
                child < code.n_children && usize::from(n_closed) < n_state
            }
            (
                op::LOAD_FAST_N
                | op::STORE_FAST_N
                | op::LOAD_DEREF
                | op::STORE_DEREF
                | op::DELETE_FAST
                | op::DELETE_DEREF,
                Arg::Uint(l),
            ) => (l as usize) < n_state,
            (0xb0..=0xcf, Arg::Uint(l)) => (l as usize) < n_state,
            // Item counts taken from or pushed to the stack are bounded by the stack-depth
            // analysis; here only that they are encodable.
            (
                op::CALL_FUNCTION
                | op::CALL_METHOD
                | op::CALL_FUNCTION_VAR_KW
                | op::CALL_METHOD_VAR_KW,
                Arg::Uint(n),
            ) => n < 0x10000,
            (
                op::UNPACK_EX
                | op::UNPACK_SEQUENCE
                | op::BUILD_TUPLE
                | op::BUILD_LIST
                | op::BUILD_SET,
                Arg::Uint(n),
            ) => n < 0x10000,
            (op::BUILD_SLICE, Arg::Uint(n)) => n == 2 || n == 3,
            (_, Arg::Jump(t)) | (_, Arg::UnwindJump { target: t, .. }) => {
                t >= 0 && (t as usize) < bc.len()
            }
            _ => true,
        };
        if !ok {
            let name = i.name();
            return Err(vm.value_error_fmt(format_args!(
                "invalid .mpy bytecode: operand of {name} at {} out of range",
                i.offset
            )));
        }
    }
    // The last instruction must end the function (no falling off the end).
    let last_op = bc[last];
    if !matches!(
        last_op,
        op::RETURN_VALUE
            | op::JUMP
            | op::RAISE_OBJ
            | op::RAISE_LAST
            | op::RAISE_FROM
            | op::END_FINALLY
            | op::POP_EXCEPT_JUMP
            | op::UNWIND_JUMP
    ) {
        return Err(reject(
            vm,
            "function does not end with a jump, return or raise",
        ));
    }
    for r in Instructions::new(bc) {
        let Ok(i) = r else { continue };
        if let Arg::Jump(t) | Arg::UnwindJump { target: t, .. } = i.arg {
            let t = t as usize;
            if starts[t / 8] & (1 << (t % 8)) == 0 {
                return Err(reject(vm, "jump into the middle of an instruction"));
            }
        }
    }
    crate::stackcheck::check_stack_depth(vm, code, name)
}
