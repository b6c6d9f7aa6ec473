//! Native generators (native-abi.md §5): the code state lives in a heap block reached from
//! the generator object; each resume calls the machine code's resume entry through the
//! trampoline, which reports "returned", "yielded" or "raised" (0/1/2).

use crate::buf::Buf;
use crate::error::{Exc, PyResult};
use crate::interp::make_raise;
use crate::nativefn::{CODE_ADDR_BIT, WORD};
use crate::obj::ObjHeader;
use crate::objexc::{RUNTIME_ERROR, STOP_ITERATION};
use crate::objfun::{BuiltinFn, FunBc};
use crate::objgen::Resumed;
use crate::q;
use crate::types::{Attr, PrintKind, Type, flags};
use crate::value::Value;
use crate::vm::Vm;

/// Words of the code-state header before the state array.
const CS_WORDS: usize = 5;

/// A native generator object.
#[repr(C)]
pub struct NativeGen {
    /// Header.
    pub base: ObjHeader,
    /// The generator function.
    pub fun: Value,
    /// The code state: `fun_bc`, resume address (0 once finished), `sp`, `n_state` and
    /// the native marker, old globals, then the state array.
    pub cs: *mut usize,
    /// Currently executing.
    pub running: bool,
}

/// The type of native generator objects.
pub static NATIVE_GEN_TYPE: Type = Type {
    flags: flags::ITER_IS_SELF,
    iternext: Some(gen_iternext),
    print: Some(gen_print),
    methods: GEN_METHODS,
    ..Type::new(q!("generator"))
};

/// Whether `v` is a native generator object.
#[inline]
pub fn is_native_gen(v: Value) -> bool {
    v.is_type(&NATIVE_GEN_TYPE)
}

fn gen_ref<'a>(g: Value) -> &'a mut NativeGen {
    // SAFETY: callers pass native generator objects, reachable from the caller.
    unsafe { &mut *g.as_ptr::<NativeGen>() }
}

/// `call` slot of native generator functions: binds the arguments into a new code state.
pub fn gen_fun_call(vm: &mut Vm, f: Value, args: &[Value], kw: &[Value]) -> PyResult {
    // SAFETY: native generator functions are FunBc objects whose code outlives them.
    let (fun, code) = unsafe {
        let fun = &*f.as_ptr::<FunBc>();
        (fun, &*fun.code)
    };
    let n_state = code.n_state;
    let cs = vm.alloc_values(CS_WORDS + n_state)?.cast::<usize>();
    // SAFETY: a fresh block of CS_WORDS + n_state words; the loader checked that fun_data
    // holds the start offset (word 1) and that it lies inside the machine code.
    unsafe {
        *cs = f.bits();
        *cs.add(3) = n_state;
    }
    // SAFETY: the code state prepared above.
    unsafe { crate::nativefn::setup_code_state(vm, cs, args, kw)? };
    let start = unsafe { fun.fun_data.add(WORD).cast::<usize>().read_unaligned() };
    unsafe {
        *cs.add(3) = n_state | (0xffff << 16);
        *cs.add(1) = (fun.fun_data as usize + start) | CODE_ADDR_BIT;
    }
    vm.new_obj(NativeGen {
        base: ObjHeader::new(&NATIVE_GEN_TYPE),
        fun: f,
        cs,
        running: false,
    })
}

fn gen_print(vm: &mut Vm, buf: &mut Buf, g: Value, _kind: PrintKind) -> PyResult<()> {
    // SAFETY: the function of a native generator is a FunBc with a live code.
    let name = unsafe {
        let fun = &*gen_ref(g).fun.as_ptr::<FunBc>();
        (*fun.code).name(&*fun.context)
    };
    buf.push_str("<generator object '");
    buf.push_bytes(vm.qstr_str(name));
    let _ = core::fmt::Write::write_fmt(buf, format_args!("' at {:x}>", g.bits()));
    Ok(())
}

/// Resumes native generator `g` with `send` (or throws `throw` into it).
pub fn resume(vm: &mut Vm, g: Value, send: Value, throw: Value) -> PyResult<Resumed> {
    let gen_ = gen_ref(g);
    let cs = gen_.cs;
    // SAFETY: the code state block of this generator (header words and state array).
    let (ip, sp) = unsafe { (*cs.add(1), *cs.add(2) as *mut usize) };
    if ip == 0 {
        if !throw.is_null() {
            return Err(make_raise(vm, throw));
        }
        return Ok(Resumed::Return(Value::NONE));
    }
    if gen_.running {
        return Err(vm.value_error("generator already executing"));
    }
    if sp == unsafe { cs.add(4) } {
        if send != Value::NONE && throw.is_null() {
            return Err(vm.type_error("can't send non-None value to a just-started generator"));
        }
    } else {
        // SAFETY: sp points at the state word of the last yielded value.
        unsafe { *sp = send.bits() };
    }
    let throw = if throw.is_null() {
        Value::NULL
    } else if crate::objexc::is_exception_type(throw) {
        vm.call(throw, &[], &[])?
    } else {
        throw
    };
    vm.check_stack()?;
    let f = gen_.fun;
    // SAFETY: the generator function is a FunBc.
    let fun = unsafe { &*f.as_ptr::<FunBc>() };
    let entry = (fun.fun_data as usize + 2 * WORD) | CODE_ADDR_BIT;
    gen_.running = true;
    vm.depth += 1;
    let saved = vm.globals;
    // SAFETY: the function's module context is live; old globals kept in the code state as
    // MicroPython does.
    unsafe {
        *cs.add(4) = saved.bits();
        vm.globals = (*fun.context).globals;
    }
    // SAFETY: the resume entry of loaded native generator code: `uint fn(cs, throw)`.
    let r = unsafe { crate::nlr::call_native(vm, entry, [cs as usize, throw.bits(), 0, 0]) };
    vm.globals = saved;
    vm.depth -= 1;
    let gen_ = gen_ref(g);
    gen_.running = false;
    // SAFETY: as above; machine code left `sp` at the state word of its result.
    let result = unsafe { Value::from_bits(*(*cs.add(2) as *const usize)) };
    let finish = || unsafe { *cs.add(1) = 0 };
    match r {
        Ok(0) => {
            finish();
            Ok(Resumed::Return(result))
        }
        Ok(1) => Ok(Resumed::Yield(result)),
        Ok(2) => {
            finish();
            // SAFETY: the exception was stored in state[0].
            let e = unsafe { Value::from_bits(*cs.add(CS_WORDS)) };
            Err(not_stop_iteration(vm, Exc(e)))
        }
        Ok(_) => {
            finish();
            Err(vm.exc_msg(&RUNTIME_ERROR, "invalid native generator state"))
        }
        Err(e) => {
            finish();
            Err(not_stop_iteration(vm, Exc(e)))
        }
    }
}

fn not_stop_iteration(vm: &mut Vm, e: Exc) -> Exc {
    if vm.is_instance(e.0, &STOP_ITERATION) {
        return vm.exc_msg(&RUNTIME_ERROR, "generator raised StopIteration");
    }
    e
}

fn gen_iternext(vm: &mut Vm, g: Value) -> PyResult {
    crate::objgen::next_with(vm, g, resume)
}

fn gen_send(vm: &mut Vm, g: Value, v: Value) -> PyResult {
    crate::objgen::send_with(vm, g, v, resume)
}

fn gen_throw(vm: &mut Vm, a: &[Value]) -> PyResult {
    crate::objgen::throw_with(vm, a, resume)
}

/// `g.close()`.
pub fn gen_close(vm: &mut Vm, g: Value) -> PyResult {
    let cs = gen_ref(g).cs;
    // SAFETY: the generator's code state.
    let (ip, sp) = unsafe { (*cs.add(1), *cs.add(2) as *mut usize) };
    if ip == 0 || sp == unsafe { cs.add(4) } {
        // Finished or never started: nothing to unwind.
        unsafe { *cs.add(1) = 0 };
        return Ok(Value::NONE);
    }
    crate::objgen::close_with(vm, g, resume)
}

static SEND: BuiltinFn = BuiltinFn::f2(gen_send);
static THROW: BuiltinFn = BuiltinFn::var(2, 4, gen_throw);
static CLOSE: BuiltinFn = BuiltinFn::f1(gen_close);
static GEN_METHODS: &[Attr] = &[
    Attr::new(q!("close"), CLOSE.value()),
    Attr::new(q!("send"), SEND.value()),
    Attr::new(q!("throw"), THROW.value()),
];
