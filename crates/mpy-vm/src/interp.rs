//! The interpreter loop: executes MicroPython bytecode in place.
//!
//! State lives in locals while dispatching (`ip`, `sp`) and is written back to the [`Frame`]
//! on every exit (return, yield, exception). The load-time verifier guarantees operands,
//! jump targets and stack depths, so the loop does no bounds checks of its own.

use crate::code::{Code, ModuleContext};
use crate::error::{Exc, PyResult};
use crate::frame::{ExcBlock, Frame};
use crate::objexc::{self, NAME_ERROR, RUNTIME_ERROR, STOP_ITERATION};
use crate::objfun::{self, Cell};
use crate::value::Value;
use crate::vm::Vm;
use crate::{objdict, objgen, objlist, objtuple};
use mpy_format::opcode as op;

/// How a frame stopped without raising.
#[derive(Clone, Copy, Debug)]
pub enum Outcome {
    /// `return v`.
    Return(Value),
    /// `yield v` (generators only).
    Yield(Value),
}

/// `NameError('local variable referenced before assignment')`.
#[cold]
fn unbound_local(vm: &mut Vm) -> Exc {
    vm.exc_msg(&NAME_ERROR, "local variable referenced before assignment")
}

/// `NameError("name 'x' isn't defined")`.
#[cold]
pub fn name_error(vm: &mut Vm, q: crate::qstr::Qstr) -> Exc {
    let n = core::str::from_utf8(vm.qstr_str(q)).unwrap_or("?");
    vm.exc_fmt(&NAME_ERROR, format_args!("name '{n}' isn't defined"))
}

impl Vm {
    /// `LOAD_GLOBAL`: globals, then builtins.
    #[inline]
    pub fn load_global(&mut self, q: crate::qstr::Qstr) -> PyResult {
        if let Some(v) = objdict::dict_map(self.globals).get_qstr(self, q) {
            return Ok(v);
        }
        if let Some(v) = objdict::dict_map(self.builtins).get_qstr(self, q) {
            return Ok(v);
        }
        Err(name_error(self, q))
    }

    /// `LOAD_NAME`: locals, then globals, then builtins.
    #[inline]
    pub fn load_name(&mut self, q: crate::qstr::Qstr) -> PyResult {
        if self.locals != self.globals && self.locals.is_obj() {
            if let Some(v) = objdict::dict_map(self.locals).get_qstr(self, q) {
                return Ok(v);
            }
        }
        self.load_global(q)
    }
}

#[inline(always)]
fn read_uint(bc: &[u8], ip: &mut usize) -> usize {
    let mut v = 0usize;
    loop {
        // SAFETY: the verifier checked every operand lies inside the code.
        let b = unsafe { *bc.get_unchecked(*ip) };
        *ip += 1;
        v = (v << 7) | usize::from(b & 0x7f);
        if b & 0x80 == 0 {
            return v;
        }
    }
}

#[inline(always)]
fn read_sint(bc: &[u8], ip: &mut usize) -> isize {
    // SAFETY: as above.
    let first = unsafe { *bc.get_unchecked(*ip) };
    let mut v: isize = if first & 0x40 != 0 { -1 } else { 0 };
    loop {
        let b = unsafe { *bc.get_unchecked(*ip) };
        *ip += 1;
        v = (v << 7) | isize::from(b & 0x7f);
        if b & 0x80 == 0 {
            return v;
        }
    }
}

/// Reads a jump offset and returns the absolute target.
#[inline(always)]
fn read_jump(bc: &[u8], ip: &mut usize, signed: bool) -> usize {
    // SAFETY: as above.
    let b0 = unsafe { *bc.get_unchecked(*ip) };
    let (raw, n) = if b0 & 0x80 == 0 {
        (isize::from(b0), 1)
    } else {
        (
            isize::from(b0 & 0x7f) | isize::from(unsafe { *bc.get_unchecked(*ip + 1) }) << 7,
            2,
        )
    };
    *ip += n;
    let off = if !signed {
        raw
    } else if n == 1 {
        raw - 0x40
    } else {
        raw - 0x4000
    };
    (*ip as isize + off) as usize
}

/// Runs `f` until it returns, yields or raises. `throw` is an exception to raise at the
/// resume point (generators), or NULL.
pub fn execute(vm: &mut Vm, f: &mut Frame, throw: Value) -> PyResult<Outcome> {
    // SAFETY: the frame's code and context outlive its execution.
    let code = unsafe { &*f.code };
    let ctx = unsafe { &*f.ctx };
    let bc = code.code();
    let mut pending: Option<Exc> = None;
    let mut throw_in = Value::NULL;
    if !throw.is_null() {
        if bc.get(f.ip) == Some(&op::YIELD_FROM) {
            throw_in = throw;
        } else {
            pending = Some(Exc(throw));
        }
    }
    loop {
        let exc = match pending.take() {
            Some(e) => e,
            None => match dispatch(vm, f, code, ctx, bc, &mut throw_in) {
                Ok(o) => return Ok(o),
                Err(e) => e,
            },
        };
        if !handle_exception(vm, f, code, ctx, bc, exc)? {
            continue;
        }
    }
}

/// Routes exception `e` raised by the instruction at `f.ip` to a handler of `f`; returns
/// `Err(e)` when none applies (the caller then unwinds), `Ok(false)` to continue dispatch.
fn handle_exception(
    vm: &mut Vm,
    f: &mut Frame,
    code: &Code,
    ctx: &ModuleContext,
    bc: &[u8],
    e: Exc,
) -> PyResult<bool> {
    let p = f.ip;
    let opc = bc.get(p).copied().unwrap_or(0);
    let st = f.state;
    if vm.is_instance(e.0, &STOP_ITERATION) {
        if opc == op::FOR_ITER {
            let mut ip = p + 1;
            let target = read_jump(bc, &mut ip, false);
            f.sp -= 4;
            f.ip = target;
            return Ok(false);
        }
        if opc == op::YIELD_FROM {
            let items = objtuple::tuple_items(objexc::exc_args(e.0));
            // SAFETY: the delegate's slot is TOS.
            unsafe { *st.offset(f.sp) = items.first().copied().unwrap_or(Value::NONE) };
            f.ip = p + 1;
            return Ok(false);
        }
    }
    if opc != op::END_FINALLY && opc != op::RAISE_LAST {
        let file = ctx.qstr(0);
        let line = code.line_for_offset(p);
        objexc::add_traceback(vm, e.0, file, line, code.name(ctx));
    }
    while f.exc_sp >= 0 {
        // SAFETY: exc_sp indexes a pushed block.
        let b = unsafe { &mut *f.exc.offset(f.exc_sp) };
        if b.handler <= p {
            f.exc_sp -= 1;
            continue;
        }
        b.saved_exc = e.0;
        f.ip = b.handler;
        f.sp = b.saved_sp + 1;
        // SAFETY: the verifier bounded the stack depth.
        unsafe { *st.offset(f.sp) = e.0 };
        vm.cur_exc = e.0;
        return Ok(false);
    }
    Err(e)
}

/// Whether a stack slot holds a small int (unwinding markers).
#[inline]
fn is_marker(v: Value) -> bool {
    v.is_small_int()
}

#[allow(clippy::too_many_lines)]
fn dispatch(
    vm: &mut Vm,
    f: &mut Frame,
    code: &Code,
    ctx: &ModuleContext,
    bc: &[u8],
    throw_in: &mut Value,
) -> PyResult<Outcome> {
    let st = f.state;
    let mut ip = f.ip;
    let mut sp = f.sp;
    let mut start;

    macro_rules! slot {
        ($i:expr) => {
            // SAFETY: the verifier bounded every stack index by n_state.
            *unsafe { &mut *st.offset($i) }
        };
    }
    macro_rules! push {
        ($v:expr) => {{
            let v = $v;
            sp += 1;
            slot!(sp) = v;
        }};
    }
    macro_rules! pop {
        () => {{
            let v = slot!(sp);
            sp -= 1;
            v
        }};
    }
    macro_rules! top {
        () => {
            slot!(sp)
        };
    }
    macro_rules! save {
        () => {
            f.ip = start;
            f.sp = sp;
        };
    }
    macro_rules! tri {
        ($e:expr) => {
            match $e {
                Ok(v) => v,
                Err(e) => {
                    save!();
                    return Err(e);
                }
            }
        };
    }
    macro_rules! local {
        ($i:expr) => {
            // SAFETY: the verifier checked local numbers against n_state.
            *unsafe { &mut *st.add(code.n_state - 1 - $i) }
        };
    }
    // Calls an unwinding helper on copies of `sp` and `ip`: handing it their addresses would
    // keep both in memory for the whole loop instead of in registers.
    macro_rules! with_regs {
        ($f:ident($($a:expr),*)) => {{
            let (mut sp_, mut ip_) = (sp, ip);
            let r = $f($($a,)* &mut sp_, &mut ip_);
            sp = sp_;
            ip = ip_;
            r
        }};
    }
    macro_rules! args_slice {
        ($from:expr, $n:expr) => {
            // SAFETY: the items are stack slots below TOS.
            unsafe { core::slice::from_raw_parts(st.offset($from), $n) }
        };
    }

    loop {
        start = ip;
        // SAFETY: the verifier checked that execution never runs off the end.
        let opc = unsafe { *bc.get_unchecked(ip) };
        ip += 1;
        match opc {
            op::LOAD_CONST_STRING => {
                let q = ctx.qstr(read_uint(bc, &mut ip));
                push!(Value::qstr(q));
            }
            op::LOAD_NAME => {
                let q = ctx.qstr(read_uint(bc, &mut ip));
                let v = tri!(vm.load_name(q));
                push!(v);
            }
            op::LOAD_GLOBAL => {
                let q = ctx.qstr(read_uint(bc, &mut ip));
                let v = tri!(vm.load_global(q));
                push!(v);
            }
            op::LOAD_ATTR => {
                let q = ctx.qstr(read_uint(bc, &mut ip));
                let o = top!();
                top!() = tri!(vm.load_attr(o, q));
            }
            op::LOAD_METHOD => {
                let q = ctx.qstr(read_uint(bc, &mut ip));
                let o = top!();
                let mut dest = [Value::NULL; 2];
                tri!(vm.load_method(o, q, &mut dest));
                top!() = dest[0];
                push!(dest[1]);
            }
            op::LOAD_SUPER_METHOD => {
                let q = ctx.qstr(read_uint(bc, &mut ip));
                let this = pop!();
                let cls = top!();
                let dest = tri!(crate::objtype::load_super_method(vm, cls, this, q));
                slot!(sp - 1) = dest[0];
                slot!(sp) = dest[1];
            }
            op::STORE_NAME => {
                let q = ctx.qstr(read_uint(bc, &mut ip));
                let v = pop!();
                let locals = vm.locals;
                tri!(objdict::dict_map(locals).set_qstr(vm, q, v));
            }
            op::STORE_GLOBAL => {
                let q = ctx.qstr(read_uint(bc, &mut ip));
                let v = pop!();
                let g = vm.globals;
                tri!(objdict::dict_map(g).set_qstr(vm, q, v));
            }
            op::STORE_ATTR => {
                let q = ctx.qstr(read_uint(bc, &mut ip));
                let o = pop!();
                let v = pop!();
                tri!(vm.store_attr(o, q, v));
            }
            op::DELETE_NAME | op::DELETE_GLOBAL => {
                let q = ctx.qstr(read_uint(bc, &mut ip));
                let d = if opc == op::DELETE_NAME {
                    vm.locals
                } else {
                    vm.globals
                };
                let r = tri!(objdict::dict_map(d).remove(vm, Value::qstr(q)));
                if r.is_none() {
                    save!();
                    return Err(name_error(vm, q));
                }
            }
            op::IMPORT_NAME => {
                let q = ctx.qstr(read_uint(bc, &mut ip));
                let fromlist = pop!();
                let level = top!();
                top!() = tri!(vm.import_name(q, fromlist, level));
            }
            op::IMPORT_FROM => {
                let q = ctx.qstr(read_uint(bc, &mut ip));
                let m = top!();
                let v = tri!(vm.import_from(m, q));
                push!(v);
            }
            op::MAKE_CLOSURE | op::MAKE_CLOSURE_DEFARGS => {
                let child = code.child(read_uint(bc, &mut ip));
                // SAFETY: the extra byte follows the operand.
                let n = usize::from(unsafe { *bc.get_unchecked(ip) });
                ip += 1;
                let cells_at = sp - n as isize + 1;
                let (dpos, dkw, base) = if opc == op::MAKE_CLOSURE_DEFARGS {
                    (slot!(cells_at - 2), slot!(cells_at - 1), cells_at - 2)
                } else {
                    (Value::NULL, Value::NULL, cells_at)
                };
                let fun = tri!(objfun::make_function(vm, child, ctx, dpos, dkw));
                let cells = args_slice!(cells_at, n);
                let clo = tri!(objfun::make_closure(vm, fun, cells));
                sp = base;
                slot!(sp) = clo;
            }
            op::LOAD_CONST_SMALL_INT => {
                let v = read_sint(bc, &mut ip);
                push!(Value::small_int(v));
            }
            op::LOAD_CONST_OBJ => {
                let v = ctx.obj(read_uint(bc, &mut ip));
                push!(v);
            }
            op::LOAD_FAST_N => {
                let v = local!(read_uint(bc, &mut ip));
                if v.is_null() {
                    save!();
                    return Err(unbound_local(vm));
                }
                push!(v);
            }
            op::LOAD_DEREF => {
                let c = local!(read_uint(bc, &mut ip));
                if !c.is_type(&objfun::CELL_TYPE) {
                    save!();
                    return Err(bad_bytecode(vm));
                }
                // SAFETY: checked cell.
                let v = unsafe { (*c.as_ptr::<Cell>()).contents };
                if v.is_null() {
                    save!();
                    return Err(unbound_local(vm));
                }
                push!(v);
            }
            op::STORE_FAST_N => {
                let i = read_uint(bc, &mut ip);
                local!(i) = pop!();
            }
            op::STORE_DEREF => {
                let c = local!(read_uint(bc, &mut ip));
                if !c.is_type(&objfun::CELL_TYPE) {
                    save!();
                    return Err(bad_bytecode(vm));
                }
                let v = pop!();
                // SAFETY: as for LOAD_DEREF.
                unsafe { (*c.as_ptr::<Cell>()).contents = v };
            }
            op::DELETE_FAST => {
                let i = read_uint(bc, &mut ip);
                if local!(i).is_null() {
                    save!();
                    return Err(unbound_local(vm));
                }
                local!(i) = Value::NULL;
            }
            op::DELETE_DEREF => {
                let c = local!(read_uint(bc, &mut ip));
                if !c.is_type(&objfun::CELL_TYPE) {
                    save!();
                    return Err(bad_bytecode(vm));
                }
                // SAFETY: as for LOAD_DEREF.
                unsafe {
                    if (*c.as_ptr::<Cell>()).contents.is_null() {
                        save!();
                        return Err(unbound_local(vm));
                    }
                    (*c.as_ptr::<Cell>()).contents = Value::NULL;
                }
            }
            op::BUILD_TUPLE | op::BUILD_LIST | op::BUILD_SET => {
                let n = read_uint(bc, &mut ip);
                let from = sp - n as isize + 1;
                let items = args_slice!(from, n);
                let v = tri!(match opc {
                    op::BUILD_TUPLE => objtuple::new_tuple(vm, items),
                    op::BUILD_LIST => objlist::new_list(vm, items),
                    _ => crate::objset::new_set_from(vm, items),
                });
                sp = from;
                slot!(sp) = v;
            }
            op::BUILD_MAP => {
                let n = read_uint(bc, &mut ip);
                let d = tri!(objdict::new_dict(vm, n));
                push!(d);
            }
            op::BUILD_SLICE => {
                let n = read_uint(bc, &mut ip);
                let next = bc.get(ip).copied().unwrap_or(0);
                if next == op::LOAD_SUBSCR || next == op::STORE_SUBSCR {
                    // `x[a:b]` and `x[a:b] = v` on a built-in sequence use a slice on the
                    // Rust stack: no heap allocation. Only for types known not to keep
                    // the index (a dict key or a KeyError would outlive the slice).
                    let first = sp - (n as isize - 1);
                    let o = slot!(first - 1);
                    if stack_slice_ok(o) {
                        let step = if n == 3 { slot!(sp) } else { Value::NONE };
                        let slice = crate::objslice::SliceObj {
                            base: crate::obj::ObjHeader::new(&crate::objslice::SLICE_TYPE),
                            parts: [slot!(first), slot!(first + 1), step],
                        };
                        let sv = Value::from_ptr(&slice);
                        ip += 1;
                        // The parts stay on the value stack (rooted) until the call returns.
                        if next == op::LOAD_SUBSCR {
                            let r = tri!(vm.subscr(o, sv, Value::SENTINEL));
                            sp = first - 1;
                            slot!(sp) = r;
                        } else {
                            let v = slot!(first - 2);
                            tri!(vm.subscr(o, sv, v));
                            sp = first - 3;
                        }
                        continue;
                    }
                }
                let step = if n == 3 { pop!() } else { Value::NONE };
                let stop = pop!();
                let start_v = top!();
                top!() = tri!(crate::objslice::new_slice(vm, start_v, stop, step));
            }
            op::STORE_COMP => {
                let x = read_uint(bc, &mut ip);
                let coll = slot!(sp - (x >> 2) as isize);
                match x & 3 {
                    0 => {
                        let v = pop!();
                        tri!(objlist::list_append(vm, coll, v));
                    }
                    1 => {
                        let k = pop!();
                        let v = pop!();
                        tri!(objdict::dict_store(vm, coll, k, v));
                    }
                    _ => {
                        let v = pop!();
                        tri!(crate::objset::set_add(vm, coll, v));
                    }
                }
            }
            op::UNPACK_SEQUENCE => {
                let n = read_uint(bc, &mut ip);
                let seq = top!();
                tri!(unpack_sequence(vm, seq, n, st, sp));
                sp += n as isize - 1;
            }
            op::UNPACK_EX => {
                let x = read_uint(bc, &mut ip);
                let seq = top!();
                let (l, r) = (x & 0xff, x >> 8);
                tri!(unpack_ex(vm, seq, l, r, st, sp));
                sp += (l + r) as isize;
            }
            op::MAKE_FUNCTION => {
                let child = code.child(read_uint(bc, &mut ip));
                let fun = tri!(objfun::make_function(
                    vm,
                    child,
                    ctx,
                    Value::NULL,
                    Value::NULL
                ));
                push!(fun);
            }
            op::MAKE_FUNCTION_DEFARGS => {
                let child = code.child(read_uint(bc, &mut ip));
                let dkw = pop!();
                let dpos = top!();
                top!() = tri!(objfun::make_function(vm, child, ctx, dpos, dkw));
            }
            op::CALL_FUNCTION => {
                let x = read_uint(bc, &mut ip);
                let (np, nk) = (x & 0xff, (x >> 8) & 0xff);
                let from = sp - (np + 2 * nk) as isize + 1;
                let fun = slot!(from - 1);
                let args = args_slice!(from, np);
                let kw = args_slice!(from + np as isize, 2 * nk);
                f.sp = sp;
                f.ip = start;
                let r = tri!(vm.call(fun, args, kw));
                sp = from - 1;
                slot!(sp) = r;
            }
            op::CALL_METHOD => {
                let x = read_uint(bc, &mut ip);
                let (np, nk) = (x & 0xff, (x >> 8) & 0xff);
                let from = sp - (np + 2 * nk) as isize + 1;
                let fun = slot!(from - 2);
                let this = slot!(from - 1);
                f.sp = sp;
                f.ip = start;
                let r = if this.is_null() {
                    tri!(vm.call(
                        fun,
                        args_slice!(from, np),
                        args_slice!(from + np as isize, 2 * nk)
                    ))
                } else {
                    tri!(vm.call(
                        fun,
                        args_slice!(from - 1, np + 1),
                        args_slice!(from + np as isize, 2 * nk)
                    ))
                };
                sp = from - 2;
                slot!(sp) = r;
            }
            op::CALL_FUNCTION_VAR_KW | op::CALL_METHOD_VAR_KW => {
                let x = read_uint(bc, &mut ip);
                let (np, nk) = (x & 0xff, (x >> 8) & 0xff);
                let is_method = opc == op::CALL_METHOD_VAR_KW;
                let bitmap = slot!(sp);
                let from = sp - (np + 2 * nk) as isize;
                let head = if is_method { from - 2 } else { from - 1 };
                let fun = slot!(head);
                let this = if is_method {
                    slot!(head + 1)
                } else {
                    Value::NULL
                };
                let pos = args_slice!(from, np);
                let kw = args_slice!(from + np as isize, 2 * nk);
                f.sp = sp;
                f.ip = start;
                let r = tri!(crate::callstar::call_star(vm, fun, this, pos, kw, bitmap));
                sp = head;
                slot!(sp) = r;
            }
            op::UNWIND_JUMP => {
                let target = read_jump(bc, &mut ip, true);
                // SAFETY: the unwind-count byte follows the offset.
                let u = usize::from(unsafe { *bc.get_unchecked(ip) });
                ip += 1;
                push!(Value::small_int(target as isize));
                push!(Value::small_int(u as isize));
                match with_regs!(unwind_jump(f, code, st)) {
                    Some(_) => continue,
                    None => {
                        save!();
                        return Err(bad_bytecode(vm));
                    }
                }
            }
            op::JUMP => {
                let t = read_jump(bc, &mut ip, true);
                if t < ip {
                    tri!(vm.poll());
                }
                ip = t;
            }
            op::POP_JUMP_IF_TRUE | op::POP_JUMP_IF_FALSE => {
                let t = read_jump(bc, &mut ip, true);
                let v = pop!();
                let truth = if v == Value::TRUE {
                    true
                } else if v == Value::FALSE {
                    false
                } else {
                    tri!(vm.is_true(v))
                };
                if truth == (opc == op::POP_JUMP_IF_TRUE) {
                    if t < ip {
                        tri!(vm.poll());
                    }
                    ip = t;
                }
            }
            op::JUMP_IF_TRUE_OR_POP | op::JUMP_IF_FALSE_OR_POP => {
                let t = read_jump(bc, &mut ip, false);
                let v = top!();
                let truth = tri!(vm.is_true(v));
                if truth == (opc == op::JUMP_IF_TRUE_OR_POP) {
                    ip = t;
                } else {
                    sp -= 1;
                }
            }
            op::SETUP_WITH => {
                let t = read_jump(bc, &mut ip, false);
                let cm = top!();
                let mut exit = [Value::NULL; 2];
                tri!(vm.load_method(cm, crate::q!("__exit__"), &mut exit));
                let mut enter = [Value::NULL; 2];
                tri!(vm.load_method(cm, crate::q!("__enter__"), &mut enter));
                top!() = exit[0];
                push!(exit[1]);
                f.sp = sp;
                let r = tri!(vm.call_method(enter, &[], &[]));
                if !push_block(f, code, t, sp, true) {
                    save!();
                    return Err(bad_bytecode(vm));
                }
                push!(r);
            }
            op::SETUP_EXCEPT | op::SETUP_FINALLY => {
                let t = read_jump(bc, &mut ip, false);
                if !push_block(f, code, t, sp, opc == op::SETUP_FINALLY) {
                    save!();
                    return Err(bad_bytecode(vm));
                }
            }
            op::POP_EXCEPT_JUMP => {
                let t = read_jump(bc, &mut ip, false);
                if f.exc_sp < 0 {
                    save!();
                    return Err(bad_bytecode(vm));
                }
                f.exc_sp -= 1;
                // The except clause is done: nothing is being handled any more.
                vm.cur_exc = Value::NULL;
                ip = t;
            }
            op::FOR_ITER => {
                let t = read_jump(bc, &mut ip, false);
                let head = slot!(sp - 3);
                if head == Value::SENTINEL {
                    // An inline small-int range (see GET_ITER_STACK).
                    let cur = slot!(sp - 2).small_int_value();
                    let stop = slot!(sp - 1).small_int_value();
                    let step = slot!(sp).small_int_value();
                    if (step > 0 && cur < stop) || (step < 0 && cur > stop) {
                        let next = cur.wrapping_add(step);
                        // Past the small-int range the loop is over anyway (stop fits).
                        slot!(sp - 2) = if Value::fits_small_int(next) {
                            Value::small_int(next)
                        } else {
                            slot!(sp - 1)
                        };
                        push!(Value::small_int(cur));
                    } else {
                        sp -= 4;
                        ip = t;
                    }
                    continue;
                }
                if head.is_type(&objlist::LIST_TYPE) {
                    let i = slot!(sp - 2).small_int_value();
                    let items = objlist::list_items(head);
                    if i >= 0 && (i as usize) < items.len() {
                        let v = items[i as usize];
                        slot!(sp - 2) = Value::small_int(i + 1);
                        push!(v);
                    } else {
                        sp -= 4;
                        ip = t;
                    }
                    continue;
                }
                let it = slot!(sp - 2);
                f.sp = sp;
                let r = tri!(vm.iter_next(it));
                match r {
                    Some(v) => push!(v),
                    None => {
                        sp -= 4;
                        ip = t;
                        tri!(vm.poll());
                    }
                }
            }
            op::LOAD_CONST_FALSE => push!(Value::FALSE),
            op::LOAD_CONST_NONE => push!(Value::NONE),
            op::LOAD_CONST_TRUE => push!(Value::TRUE),
            op::LOAD_NULL => push!(Value::NULL),
            op::LOAD_BUILD_CLASS => {
                let v = tri!(vm.load_global(crate::q!("__build_class__")));
                push!(v);
            }
            op::LOAD_SUBSCR => {
                let i = pop!();
                let o = top!();
                top!() = tri!(subscr_load(vm, o, i));
            }
            op::STORE_SUBSCR => {
                let i = pop!();
                let o = pop!();
                let v = pop!();
                tri!(vm.subscr(o, i, v));
            }
            op::DUP_TOP => {
                let v = top!();
                push!(v);
            }
            op::DUP_TOP_TWO => {
                let (a, b) = (slot!(sp - 1), slot!(sp));
                push!(a);
                push!(b);
            }
            op::POP_TOP => sp -= 1,
            op::ROT_TWO => {
                let (a, b) = (slot!(sp - 1), slot!(sp));
                slot!(sp - 1) = b;
                slot!(sp) = a;
            }
            op::ROT_THREE => {
                let (a, b, c) = (slot!(sp - 2), slot!(sp - 1), slot!(sp));
                slot!(sp - 2) = c;
                slot!(sp - 1) = a;
                slot!(sp) = b;
            }
            op::WITH_CLEANUP => {
                let t = top!();
                if t == Value::NONE {
                    // (…, exit, cm, None)
                    let (exit, cm) = (slot!(sp - 2), slot!(sp - 1));
                    f.sp = sp;
                    tri!(call_exit(vm, exit, cm, [Value::NONE; 3]));
                    sp -= 2;
                    slot!(sp) = Value::NONE;
                } else if is_marker(t) {
                    // (…, exit, cm, X, n)
                    let (exit, cm) = (slot!(sp - 3), slot!(sp - 2));
                    f.sp = sp;
                    tri!(call_exit(vm, exit, cm, [Value::NONE; 3]));
                    let (x, n) = (slot!(sp - 1), slot!(sp));
                    sp -= 2;
                    slot!(sp - 1) = x;
                    slot!(sp) = n;
                } else {
                    // (…, exit, cm, E)
                    let (exit, cm) = (slot!(sp - 2), slot!(sp - 1));
                    let ty = vm.type_of(t).as_value();
                    f.sp = sp;
                    let r = tri!(call_exit(vm, exit, cm, [ty, t, Value::NONE]));
                    let swallow = tri!(vm.is_true(r));
                    sp -= 2;
                    slot!(sp) = if swallow { Value::NONE } else { t };
                }
            }
            op::END_FINALLY => {
                if f.exc_sp < 0 {
                    save!();
                    return Err(bad_bytecode(vm));
                }
                f.exc_sp -= 1;
                let t = pop!();
                if t == Value::NONE {
                    // Normal completion of the finally block.
                } else if t.is_small_int() {
                    let n = t.small_int_value();
                    if n < 0 {
                        // Resume return unwinding with the value now on top.
                        match with_regs!(unwind_return(f, st)) {
                            Ok(Some(v)) => {
                                f.sp = sp;
                                f.ip = ip;
                                return Ok(Outcome::Return(v));
                            }
                            Ok(None) => continue,
                            Err(()) => {
                                save!();
                                return Err(bad_bytecode(vm));
                            }
                        }
                    }
                    push!(Value::small_int(n));
                    if with_regs!(unwind_jump(f, code, st)).is_none() {
                        save!();
                        return Err(bad_bytecode(vm));
                    }
                } else {
                    save!();
                    return Err(Exc(t));
                }
            }
            op::GET_ITER => {
                let o = top!();
                top!() = tri!(vm.get_iter(o));
            }
            op::GET_ITER_STACK => {
                // The 4-slot record: (SENTINEL, next, stop, step) for a small-int range and
                // (list, index, -, -) for a list iterate without allocating; anything else is
                // (NULL, iterator, -, -).
                let o = top!();
                if o.is_type(&crate::objrange::RANGE_TYPE) {
                    // SAFETY: checked range object.
                    let r = unsafe { &*o.as_ptr::<crate::objrange::RangeObj>() };
                    if Value::fits_small_int(r.start)
                        && Value::fits_small_int(r.stop)
                        && Value::fits_small_int(r.step)
                    {
                        let (a, b, c) = (r.start, r.stop, r.step);
                        slot!(sp) = Value::SENTINEL;
                        push!(Value::small_int(a));
                        push!(Value::small_int(b));
                        push!(Value::small_int(c));
                        continue;
                    }
                }
                if o.is_type(&objlist::LIST_TYPE) {
                    push!(Value::small_int(0));
                    push!(Value::NULL);
                    push!(Value::NULL);
                    continue;
                }
                let it = tri!(vm.get_iter(o));
                slot!(sp) = Value::NULL;
                push!(it);
                push!(Value::NULL);
                push!(Value::NULL);
            }
            op::STORE_MAP => {
                let k = pop!();
                let v = pop!();
                let d = top!();
                tri!(objdict::dict_store(vm, d, k, v));
            }
            op::RETURN_VALUE => match with_regs!(unwind_return(f, st)) {
                Ok(Some(v)) => {
                    f.sp = sp;
                    f.ip = ip;
                    return Ok(Outcome::Return(v));
                }
                Ok(None) => continue,
                Err(()) => {
                    save!();
                    return Err(bad_bytecode(vm));
                }
            },
            op::RAISE_LAST => {
                let mut found = Value::NULL;
                let mut i = f.exc_sp;
                while i >= 0 {
                    // SAFETY: pushed blocks.
                    let b = unsafe { &*f.exc.offset(i) };
                    if !b.saved_exc.is_null() {
                        found = b.saved_exc;
                        break;
                    }
                    i -= 1;
                }
                save!();
                if found.is_null() {
                    return Err(vm.exc_msg(&RUNTIME_ERROR, "no active exception to reraise"));
                }
                return Err(Exc(found));
            }
            op::RAISE_OBJ | op::RAISE_FROM => {
                if opc == op::RAISE_FROM {
                    sp -= 1;
                }
                let v = pop!();
                save!();
                return Err(make_raise(vm, v));
            }
            op::YIELD_VALUE => {
                f.ip = ip;
                f.sp = sp;
                return Ok(Outcome::Yield(top!()));
            }
            op::YIELD_FROM => {
                let send = pop!();
                let it = top!();
                let throw = core::mem::replace(throw_in, Value::NULL);
                f.sp = sp;
                f.ip = start;
                match objgen::resume_delegate(vm, it, send, throw) {
                    Ok(objgen::Resumed::Yield(y)) => {
                        push!(y);
                        f.ip = start;
                        f.sp = sp;
                        return Ok(Outcome::Yield(y));
                    }
                    Ok(objgen::Resumed::Return(w)) => {
                        if !throw.is_null() && vm.is_instance(throw, &objexc::GENERATOR_EXIT) {
                            sp -= 1;
                            save!();
                            return Err(Exc(throw));
                        }
                        top!() = w;
                    }
                    Err(e) => {
                        sp -= 1;
                        f.sp = sp;
                        f.ip = start;
                        // A StopIteration from the delegate is its return value.
                        if vm.is_instance(e.0, &STOP_ITERATION) {
                            let items = objtuple::tuple_items(objexc::exc_args(e.0));
                            push!(items.first().copied().unwrap_or(Value::NONE));
                            continue;
                        }
                        return Err(e);
                    }
                }
            }
            op::IMPORT_STAR => {
                let m = pop!();
                tri!(vm.import_star(m));
            }
            0x70..=0xaf => push!(Value::small_int(isize::from(opc) - 0x80)),
            0xb0..=0xbf => {
                let v = local!(usize::from(opc - 0xb0));
                if v.is_null() {
                    save!();
                    return Err(unbound_local(vm));
                }
                push!(v);
            }
            0xc0..=0xcf => {
                let v = pop!();
                local!(usize::from(opc - 0xc0)) = v;
            }
            0xd0..=0xd3 => {
                let v = top!();
                top!() = tri!(vm.unary_op(opc - 0xd0, v));
            }
            0xd7..=0xf9 => {
                let b = pop!();
                let a = top!();
                let o = opc - 0xd7;
                let r = if a.is_small_int() && b.is_small_int() {
                    match tri!(crate::objint::small_binary_op(vm, o, a, b)) {
                        Some(r) => r,
                        None => tri!(vm.binary_op(o, a, b)),
                    }
                } else {
                    tri!(vm.binary_op(o, a, b))
                };
                top!() = r;
            }
            _ => {
                save!();
                return Err(vm.exc_msg(&crate::objexc::NOT_IMPLEMENTED_ERROR, "opcode"));
            }
        }
    }
}

/// The error for bytecode that does something the verifier could not rule out statically.
#[cold]
fn bad_bytecode(vm: &mut Vm) -> Exc {
    vm.exc_msg(&RUNTIME_ERROR, "invalid bytecode")
}

#[inline]
fn push_block(f: &mut Frame, code: &Code, handler: usize, sp: isize, finally_like: bool) -> bool {
    if f.exc_sp + 1 >= code.n_exc_stack as isize {
        return false;
    }
    f.exc_sp += 1;
    // SAFETY: the verifier bounded handler nesting by n_exc_stack.
    unsafe {
        *f.exc.offset(f.exc_sp) = ExcBlock {
            handler,
            saved_sp: sp,
            finally_like: usize::from(finally_like),
            saved_exc: Value::NULL,
        };
    }
    true
}

/// Removes an active finally's pending data below the destination D on top (§8.5).
fn cancel_active_finally(st: *mut Value, sp: &mut isize) -> Option<()> {
    if *sp < 1 {
        return None;
    }
    // SAFETY: stack slots below TOS (sp >= 1).
    unsafe {
        let d = *st.offset(*sp);
        let below = *st.offset(*sp - 1);
        let n = if below.is_small_int() && *sp >= 2 {
            2
        } else {
            1
        };
        *sp -= n;
        *st.offset(*sp) = d;
    }
    Some(())
}

/// Jump unwinding with (D, u) on top; `Some(true)` when dispatch restarts at a handler,
/// `Some(false)` after jumping to D, `None` for bytecode that unwinds more than it set up.
fn unwind_jump(
    f: &mut Frame,
    code: &Code,
    st: *mut Value,
    sp: &mut isize,
    ip: &mut usize,
) -> Option<bool> {
    // SAFETY: stack slots pushed by UNWIND_JUMP / END_FINALLY.
    let mut u = unsafe { (*st.offset(*sp)).small_int_value() } as usize;
    *sp -= 1;
    while u & 0x7f > 0 {
        u -= 1;
        if f.exc_sp < 0 {
            return None;
        }
        // SAFETY: blocks pushed by this frame.
        let b = unsafe { *f.exc.offset(f.exc_sp) };
        if b.finally_like != 0 {
            if b.handler >= *ip {
                *sp += 1;
                if *sp < 0 || *sp as usize >= code.state_alloc {
                    return None;
                }
                unsafe { *st.offset(*sp) = Value::small_int(u as isize) };
                *ip = b.handler;
                return Some(true);
            }
            cancel_active_finally(st, sp)?;
        }
        f.exc_sp -= 1;
    }
    // SAFETY: D is on top.
    let d = unsafe { (*st.offset(*sp)).small_int_value() } as usize;
    *sp -= 1;
    if !code.is_instruction_start(d) {
        return None;
    }
    *ip = d;
    if u != 0 {
        *sp -= 4;
    }
    (*sp >= -1).then_some(false)
}

/// Return unwinding (§8.6): `Ok(Some(value))` to return, `Ok(None)` when a finally must run
/// first, `Err(())` for bytecode that unwinds more than it set up.
fn unwind_return(
    f: &mut Frame,
    st: *mut Value,
    sp: &mut isize,
    ip: &mut usize,
) -> Result<Option<Value>, ()> {
    while f.exc_sp >= 0 {
        // SAFETY: blocks pushed by this frame.
        let b = unsafe { *f.exc.offset(f.exc_sp) };
        if b.finally_like != 0 {
            if b.handler >= *ip {
                // SAFETY: stack slots of this frame; saved_sp was recorded at SETUP time.
                unsafe {
                    let v = *st.offset(*sp);
                    *sp = b.saved_sp + 1;
                    *st.offset(*sp) = v;
                    *sp += 1;
                    *st.offset(*sp) = Value::small_int(-1);
                }
                *ip = b.handler;
                return Ok(None);
            }
            // A return inside the active finally: drop what the finally was entered with.
            cancel_active_finally(st, sp).ok_or(())?;
        }
        f.exc_sp -= 1;
    }
    if *sp < 0 {
        return Err(());
    }
    // SAFETY: the return value is on top.
    Ok(Some(unsafe { *st.offset(*sp) }))
}

fn call_exit(vm: &mut Vm, exit: Value, cm: Value, args: [Value; 3]) -> PyResult {
    if cm.is_null() {
        vm.call(exit, &args, &[])
    } else {
        vm.call_with_self(exit, cm, &args, &[])
    }
}

#[inline]
/// Whether `o[slice]` may take a slice that lives on the Rust stack: built-in sequences,
/// which read the slice and never store it.
fn stack_slice_ok(o: Value) -> bool {
    if !o.is_obj() {
        return false;
    }
    let t = o.obj_type();
    [
        &objlist::LIST_TYPE,
        &objtuple::TUPLE_TYPE,
        &crate::objstr::STR_TYPE,
        &crate::objstr::BYTES_TYPE,
        &crate::objarray::BYTEARRAY_TYPE,
        &crate::objmemview::MEMORYVIEW_TYPE,
        &crate::modarray::ARRAY_TYPE,
    ]
    .iter()
    .any(|&x| core::ptr::eq(t, x))
}

fn subscr_load(vm: &mut Vm, o: Value, i: Value) -> PyResult {
    if o.is_type(&objlist::LIST_TYPE) && i.is_small_int() {
        let items = objlist::list_items(o);
        let n = i.small_int_value();
        let k = if n < 0 { n + items.len() as isize } else { n };
        if k >= 0 && (k as usize) < items.len() {
            return Ok(items[k as usize]);
        }
    }
    vm.subscr(o, i, Value::SENTINEL)
}

/// The exception `raise v` raises.
pub fn make_raise(vm: &mut Vm, v: Value) -> Exc {
    if objexc::is_exception_type(v) {
        return match vm.call(v, &[], &[]) {
            Ok(e) => Exc(e),
            Err(e) => e,
        };
    }
    if objexc::is_exception(v) {
        return Exc(v);
    }
    vm.type_error("exceptions must derive from BaseException")
}

pub(crate) fn unpack_sequence(
    vm: &mut Vm,
    seq: Value,
    n: usize,
    st: *mut Value,
    sp: isize,
) -> PyResult<()> {
    let owned;
    let items: &[Value] = if seq.is_type(&objtuple::TUPLE_TYPE) {
        objtuple::tuple_items(seq)
    } else if seq.is_type(&objlist::LIST_TYPE) {
        objlist::list_items(seq)
    } else {
        let it = vm.get_iter(seq)?;
        let l = objlist::new_list(vm, &[])?;
        while let Some(x) = vm.iter_next(it)? {
            if objlist::list_items(l).len() == n {
                return Err(
                    vm.value_error_fmt(format_args!("too many values to unpack (expected {n})"))
                );
            }
            objlist::list_append(vm, l, x)?;
        }
        owned = l;
        objlist::list_items(owned)
    };
    if items.len() < n {
        return Err(vm.value_error_fmt(format_args!(
            "need more than {} values to unpack",
            items.len()
        )));
    }
    if items.len() > n {
        return Err(vm.value_error_fmt(format_args!("too many values to unpack (expected {n})")));
    }
    for (k, &x) in items.iter().enumerate() {
        // SAFETY: n slots from sp upward were reserved by the verifier's depth bound.
        unsafe { *st.offset(sp + (n - 1 - k) as isize) = x };
    }
    Ok(())
}

pub(crate) fn unpack_ex(
    vm: &mut Vm,
    seq: Value,
    l: usize,
    r: usize,
    st: *mut Value,
    sp: isize,
) -> PyResult<()> {
    let all = objlist::list_from_iter(vm, seq)?;
    let items = objlist::list_items(all);
    if items.len() < l + r {
        return Err(vm.value_error_fmt(format_args!(
            "need more than {} values to unpack",
            items.len()
        )));
    }
    let mid = objlist::new_list(
        vm,
        &objlist::list_items(all)[l..objlist::list_items(all).len() - r],
    )?;
    let items = objlist::list_items(all);
    let n = items.len();
    // Deepest first: right items reversed, the middle list, left items reversed.
    let mut pos = sp;
    for k in (0..r).rev() {
        // SAFETY: l + r + 1 slots from sp upward.
        unsafe { *st.offset(pos) = items[n - r + k] };
        pos += 1;
    }
    unsafe { *st.offset(pos) = mid };
    pos += 1;
    for k in (0..l).rev() {
        unsafe { *st.offset(pos) = items[k] };
        pos += 1;
    }
    Ok(())
}
