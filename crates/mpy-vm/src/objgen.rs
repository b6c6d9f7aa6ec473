//! Generators (and coroutines, which are generators): suspended frames on the heap.

use crate::buf::Buf;
use crate::code::Code;
use crate::error::{Exc, PyResult};
use crate::frame::Frame;
use crate::interp::{self, Outcome};
use crate::obj::ObjHeader;
use crate::objexc::{GENERATOR_EXIT, RUNTIME_ERROR, STOP_ITERATION};
use crate::objfun::{BuiltinFn, FunBc};
use crate::q;
use crate::types::{Attr, PrintKind, Type, flags};
use crate::value::Value;
use crate::vm::Vm;

/// A generator object.
#[repr(C)]
pub struct GenObj {
    /// Header.
    pub base: ObjHeader,
    /// The suspended frame (its storage is a managed block reached from here).
    pub frame: Frame,
    /// Currently executing.
    pub running: bool,
    /// Returned or raised; cannot be resumed.
    pub finished: bool,
    /// Has started (the frame executed at least once).
    pub started: bool,
}

/// The generator type.
pub static GEN_TYPE: Type = Type {
    flags: flags::ITER_IS_SELF,
    iternext: Some(gen_iternext),
    print: Some(gen_print),
    methods: GEN_METHODS,
    ..Type::new(q!("generator"))
};

/// What resuming a generator (or delegate) produced.
#[derive(Clone, Copy, Debug)]
pub enum Resumed {
    /// It yielded a value.
    Yield(Value),
    /// It returned (the StopIteration value).
    Return(Value),
}

/// `call` slot of generator functions: binds the arguments into a new suspended frame.
pub fn gen_fun_call(vm: &mut Vm, f: Value, args: &[Value], kw: &[Value]) -> PyResult {
    // SAFETY: generator-function objects are FunBc.
    let fun = unsafe { &*f.as_ptr::<FunBc>() };
    let code: &Code = unsafe { &*fun.code };
    let storage = vm.alloc_values(Frame::words_needed(code))?;
    let frame = Frame::new(f, fun, code, storage);
    crate::call::bind_args(vm, fun, code, frame.state, None, args, kw)?;
    vm.new_obj(GenObj {
        base: ObjHeader::new(&GEN_TYPE),
        frame,
        running: false,
        finished: false,
        started: false,
    })
}

fn gen_print(vm: &mut Vm, buf: &mut Buf, g: Value, _kind: PrintKind) -> PyResult<()> {
    // SAFETY: generators only.
    let name = unsafe {
        let f = &(*g.as_ptr::<GenObj>()).frame;
        (*f.code).name(&*f.ctx)
    };
    buf.push_str("<generator object '");
    buf.push_bytes(vm.qstr_str(name));
    let _ = core::fmt::Write::write_fmt(buf, format_args!("' at {:x}>", g.bits()));
    Ok(())
}

/// Resumes generator `g` with `send` (or throws `throw` into it).
pub fn resume(vm: &mut Vm, g: Value, send: Value, throw: Value) -> PyResult<Resumed> {
    // SAFETY: generators only; the object stays reachable from the caller.
    let gen_ = unsafe { &mut *g.as_ptr::<GenObj>() };
    if gen_.finished {
        if !throw.is_null() {
            return Err(interp::make_raise(vm, throw));
        }
        return Ok(Resumed::Return(Value::NONE));
    }
    if gen_.running {
        return Err(vm.value_error("generator already executing"));
    }
    if !gen_.started {
        if send != Value::NONE && throw.is_null() {
            return Err(vm.type_error("can't send non-None value to a just-started generator"));
        }
    } else if gen_.frame.sp >= 0 {
        // The sent value replaces the yielded one (the result of YIELD_VALUE / YIELD_FROM's send).
        // SAFETY: sp indexes the frame's stack.
        unsafe { *gen_.frame.state.offset(gen_.frame.sp) = send };
    }
    let throw = if throw.is_null() {
        Value::NULL
    } else if crate::objexc::is_exception_type(throw) {
        vm.call(throw, &[], &[])?
    } else {
        throw
    };
    gen_.started = true;
    gen_.running = true;
    vm.check_stack()?;
    vm.depth += 1;
    let saved = vm.globals;
    // SAFETY: the frame's module context is live.
    vm.globals = unsafe { (*gen_.frame.ctx).globals };
    let r = interp::execute(vm, &mut gen_.frame, throw);
    vm.globals = saved;
    vm.depth -= 1;
    gen_.running = false;
    match r {
        Ok(Outcome::Yield(v)) => Ok(Resumed::Yield(v)),
        Ok(Outcome::Return(v)) => {
            gen_.finished = true;
            Ok(Resumed::Return(v))
        }
        Err(e) => {
            gen_.finished = true;
            if vm.is_instance(e.0, &STOP_ITERATION) {
                return Err(vm.exc_msg(&RUNTIME_ERROR, "generator raised StopIteration"));
            }
            Err(e)
        }
    }
}

fn gen_iternext(vm: &mut Vm, g: Value) -> PyResult {
    next_with(vm, g, resume)
}

/// Resumes a generator of either kind with `(generator, value sent, exception thrown in)`.
pub(crate) type ResumeFn = fn(&mut Vm, Value, Value, Value) -> PyResult<Resumed>;

/// `next(g)`: the yielded value, NULL once it returns None, else `StopIteration(value)`.
pub(crate) fn next_with(vm: &mut Vm, g: Value, resume: ResumeFn) -> PyResult {
    match resume(vm, g, Value::NONE, Value::NULL)? {
        Resumed::Yield(v) => Ok(v),
        Resumed::Return(v) if v == Value::NONE => Ok(Value::NULL),
        Resumed::Return(v) => Err(stop_iteration(vm, v)),
    }
}

/// `g.send(v)`.
pub(crate) fn send_with(vm: &mut Vm, g: Value, v: Value, resume: ResumeFn) -> PyResult {
    match resume(vm, g, v, Value::NULL)? {
        Resumed::Yield(y) => Ok(y),
        Resumed::Return(r) => Err(stop_iteration(vm, r)),
    }
}

/// `g.throw(type[, value])`: the value when given, else the type (or instance).
pub(crate) fn throw_with(vm: &mut Vm, a: &[Value], resume: ResumeFn) -> PyResult {
    let exc = match a.get(2) {
        Some(&v) if v != Value::NONE => v,
        _ => a[1],
    };
    match resume(vm, a[0], Value::NONE, exc)? {
        Resumed::Yield(y) => Ok(y),
        Resumed::Return(r) => Err(stop_iteration(vm, r)),
    }
}

/// `g.close()` of a generator that is suspended at a yield: throws `GeneratorExit` in.
pub(crate) fn close_with(vm: &mut Vm, g: Value, resume: ResumeFn) -> PyResult {
    let ge = vm.exc_empty(&GENERATOR_EXIT).0;
    match resume(vm, g, Value::NONE, ge) {
        Ok(Resumed::Yield(_)) => Err(vm.exc_msg(&RUNTIME_ERROR, "generator ignored GeneratorExit")),
        Ok(Resumed::Return(_)) => Ok(Value::NONE),
        Err(e) if vm.is_instance(e.0, &GENERATOR_EXIT) => Ok(Value::NONE),
        Err(e) => Err(e),
    }
}

/// `StopIteration(v)`.
pub fn stop_iteration(vm: &mut Vm, v: Value) -> Exc {
    match crate::objexc::new_exception_args(vm, &STOP_ITERATION, &[v]) {
        Ok(e) => Exc(e),
        Err(e) => e,
    }
}

fn gen_send(vm: &mut Vm, g: Value, v: Value) -> PyResult {
    send_with(vm, g, v, resume)
}

fn gen_throw(vm: &mut Vm, a: &[Value]) -> PyResult {
    throw_with(vm, a, resume)
}

/// `g.close()`.
pub fn gen_close(vm: &mut Vm, g: Value) -> PyResult {
    // SAFETY: generators only.
    let gen_ = unsafe { &*g.as_ptr::<GenObj>() };
    if gen_.finished || !gen_.started {
        // SAFETY: as above.
        unsafe { (*g.as_ptr::<GenObj>()).finished = true };
        return Ok(Value::NONE);
    }
    close_with(vm, g, resume)
}

static SEND: BuiltinFn = BuiltinFn::f2(gen_send);
static THROW: BuiltinFn = BuiltinFn::var(2, 4, gen_throw);
static CLOSE: BuiltinFn = BuiltinFn::f1(gen_close);
static GEN_METHODS: &[Attr] = &[
    Attr::new(q!("close"), CLOSE.value()),
    Attr::new(q!("send"), SEND.value()),
    Attr::new(q!("throw"), THROW.value()),
];

/// Resumes the delegate of a `yield from` / `await` (bytecode.md §9.3).
pub fn resume_delegate(vm: &mut Vm, it: Value, send: Value, throw: Value) -> PyResult<Resumed> {
    if it.is_type(&GEN_TYPE) {
        return resume(vm, it, send, throw);
    }
    if crate::native_gen::is_native_gen(it) {
        return crate::native_gen::resume(vm, it, send, throw);
    }
    if !throw.is_null() {
        if vm.is_instance(throw, &GENERATOR_EXIT) {
            if let Some(close) = vm.load_method_opt(it, q!("close"))? {
                let r = vm.call_method(close, &[], &[])?;
                return Ok(Resumed::Return(r));
            }
        } else if let Some(t) = vm.load_method_opt(it, q!("throw"))? {
            let r = vm.call_method(t, &[throw], &[])?;
            return Ok(Resumed::Yield(r));
        }
        let e = interp::make_raise(vm, throw);
        if vm.is_instance(e.0, &STOP_ITERATION) {
            return Err(vm.exc_msg(&RUNTIME_ERROR, "generator raised StopIteration"));
        }
        return Err(e);
    }
    if send == Value::NONE {
        let ty = vm.type_of(it);
        if let Some(next) = ty.iternext {
            let r = next(vm, it)?;
            return Ok(if r.is_null() {
                Resumed::Return(Value::NONE)
            } else {
                Resumed::Yield(r)
            });
        }
    }
    match vm.load_method_opt(it, q!("send"))? {
        Some(m) => Ok(Resumed::Yield(vm.call_method(m, &[send], &[])?)),
        None => Err(vm.attribute_error(it, q!("send"))),
    }
}

impl Vm {
    /// Whether `v` is a generator object.
    pub fn is_generator(&self, v: Value) -> bool {
        v.is_type(&GEN_TYPE)
    }

    /// Debug aid: the text of a generator's repr.
    pub fn gen_name(&self, v: Value) -> &'static [u8] {
        // SAFETY: callers check `is_generator`.
        let f = unsafe { &(*v.as_ptr::<GenObj>()).frame };
        // SAFETY: a generator's frame keeps its code and context alive.
        self.qstr_str(unsafe { (*f.code).name(&*f.ctx) })
    }
}
