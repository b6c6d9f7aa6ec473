//! Calling: dispatch on the callee's type, argument binding for functions defined in Python.

use crate::code::Code;
use crate::error::PyResult;
use crate::frame::Frame;
use crate::objdict;
use crate::objfun::{self, Closure, FunBc};
use crate::objtuple;
use crate::value::Value;
use crate::vm::Vm;

/// Arguments collected on the Rust stack when up to this many, else in the heap.
const INLINE_ARGS: usize = 8;

impl Vm {
    /// Calls `f(*args, **kw)` (`kw` holds flattened name/value pairs).
    #[inline]
    pub fn call(&mut self, f: Value, args: &[Value], kw: &[Value]) -> PyResult {
        let ty = self.type_of(f);
        match ty.call {
            Some(c) => c(self, f, args, kw),
            None => {
                let t = self.type_name(f);
                Err(self.type_error_fmt(format_args!("'{t}' object isn't callable")))
            }
        }
    }

    /// Calls `f(this, *args, **kw)` without building a bound method.
    pub fn call_with_self(
        &mut self,
        f: Value,
        this: Value,
        args: &[Value],
        kw: &[Value],
    ) -> PyResult {
        if f.is_type(&objfun::FUNCTION_TYPE) {
            return call_fun_bc(self, f, Some(this), args, kw);
        }
        let n = args.len() + 1;
        if n <= INLINE_ARGS {
            let mut buf = [Value::NULL; INLINE_ARGS];
            buf[0] = this;
            buf[1..n].copy_from_slice(args);
            return self.call(f, &buf[..n], kw);
        }
        let tmp = crate::objlist::new_list(self, &[this])?;
        for &a in args {
            crate::objlist::list_append(self, tmp, a)?;
        }
        let all = crate::objlist::list_items(tmp);
        self.call(f, all, kw)
    }
}

/// `call` slot of functions defined in Python.
pub fn fun_bc_call(vm: &mut Vm, f: Value, args: &[Value], kw: &[Value]) -> PyResult {
    call_fun_bc(vm, f, None, args, kw)
}

/// `call` slot of closures: the cells become the leading positional arguments.
pub fn closure_call(vm: &mut Vm, c: Value, args: &[Value], kw: &[Value]) -> PyResult {
    // SAFETY: closures only.
    let (fun, n, closed) = unsafe {
        let c = &*c.as_ptr::<Closure>();
        (c.fun, c.n_closed, c.closed)
    };
    // SAFETY: `n` cells in a live array.
    let cells = unsafe { core::slice::from_raw_parts(closed, n) };
    let total = n + args.len();
    if total <= INLINE_ARGS {
        let mut buf = [Value::NULL; INLINE_ARGS];
        buf[..n].copy_from_slice(cells);
        buf[n..total].copy_from_slice(args);
        return vm.call(fun, &buf[..total], kw);
    }
    let tmp = crate::objlist::new_list(vm, cells)?;
    for &a in args {
        crate::objlist::list_append(vm, tmp, a)?;
    }
    let all = crate::objlist::list_items(tmp);
    vm.call(fun, all, kw)
}

#[cold]
fn too_many(vm: &mut Vm, fun: &FunBc, expected: usize, given: usize) -> crate::error::Exc {
    // SAFETY: a function's code and module context outlive it.
    let name = unsafe { (*fun.code).name(&*fun.context) };
    let name = core::str::from_utf8(vm.qstr_str(name)).unwrap_or("?");
    vm.type_error_fmt(format_args!(
        "{name}() takes {expected} positional arguments but {given} were given"
    ))
}

/// Binds arguments into a fresh frame's state (bytecode.md §6.2). `this` is an implicit
/// first positional argument.
pub(crate) fn bind_args(
    vm: &mut Vm,
    fun: &FunBc,
    code: &Code,
    state: *mut Value,
    this: Option<Value>,
    args: &[Value],
    kw: &[Value],
) -> PyResult<()> {
    let n_state = code.n_state;
    let local = |i: usize| -> *mut Value {
        // SAFETY: the verifier checked n_pos_args + n_kwonly_args + flags fit in n_state.
        unsafe { state.add(n_state - 1 - i) }
    };
    let pos_arg = |i: usize| -> Value {
        match this {
            Some(t) if i == 0 => t,
            Some(_) => args[i - 1],
            None => args[i],
        }
    };
    let n_args = args.len() + usize::from(this.is_some());
    let n_kw = kw.len() / 2;
    let n_pos = code.n_pos_args;
    let n_kwonly = code.n_kwonly_args;
    let n_def = code.n_def_pos_args;
    let flags = code.scope_flags;
    let varargs = flags & 0x04 != 0;
    let varkw = flags & 0x02 != 0;
    let has_kwdefs = flags & 0x08 != 0;
    let defaults = objtuple::tuple_items(fun.defaults);
    let mut n_bound = n_args;
    if n_args > n_pos {
        if !varargs {
            return Err(too_many(vm, fun, n_pos, n_args));
        }
        let start = n_pos - usize::from(this.is_some() && n_pos > 0);
        let rest = if this.is_some() && n_pos == 0 {
            // `this` itself spills into *args.
            let l = crate::objlist::new_list(vm, &[this.unwrap_or(Value::NONE)])?;
            for &a in args {
                crate::objlist::list_append(vm, l, a)?;
            }
            objtuple::new_tuple(vm, crate::objlist::list_items(l))?
        } else {
            objtuple::new_tuple(vm, &args[start..])?
        };
        // SAFETY: local slot of *args.
        unsafe { *local(n_pos + n_kwonly) = rest };
        n_bound = n_pos;
    } else {
        if varargs {
            // SAFETY: local slot of *args.
            unsafe { *local(n_pos + n_kwonly) = Value::from_static(&objtuple::EMPTY_TUPLE) };
        }
        if n_kw == 0 && !has_kwdefs {
            if n_args + n_def < n_pos {
                return Err(too_many(vm, fun, n_pos - n_def, n_args));
            }
            for i in n_args..n_pos {
                // SAFETY: locals below n_pos; defaults cover them (checked above).
                unsafe {
                    *local(i) = defaults
                        .get(i - (n_pos - n_def))
                        .copied()
                        .unwrap_or(Value::NULL)
                };
            }
        }
    }
    for i in 0..n_bound {
        // SAFETY: positional locals.
        unsafe { *local(i) = pos_arg(i) };
    }
    let kw_slot = n_pos + n_kwonly + usize::from(varargs);
    if n_kw != 0 || has_kwdefs {
        let mut dict = Value::NULL;
        if varkw {
            dict = objdict::new_dict(vm, n_kw)?;
            // SAFETY: local slot of **kw.
            unsafe { *local(kw_slot) = dict };
        }
        let names = code.arg_names();
        // SAFETY: the function keeps its module context alive.
        let ctx = unsafe { &*fun.context };
        'kw: for pair in kw.chunks_exact(2) {
            let (name, value) = (pair[0], pair[1]);
            for (j, &ai) in names.iter().enumerate() {
                let an = ctx.qstr(usize::from(ai));
                if name == Value::qstr(an) {
                    // SAFETY: named parameter slots.
                    unsafe {
                        if !(*local(j)).is_null() {
                            let n = core::str::from_utf8(vm.qstr_str(an)).unwrap_or("?");
                            return Err(vm.type_error_fmt(format_args!(
                                "function got multiple values for argument '{n}'"
                            )));
                        }
                        *local(j) = value;
                    }
                    continue 'kw;
                }
            }
            if !varkw {
                let n = match crate::objstr::str_bytes(vm, name) {
                    Some(s) => core::str::from_utf8(s).unwrap_or("?"),
                    None => "?",
                };
                return Err(vm.type_error_fmt(format_args!("unexpected keyword argument '{n}'")));
            }
            if objdict::dict_map(dict).find(vm, name)?.is_some() {
                let n = match crate::objstr::str_bytes(vm, name) {
                    Some(s) => core::str::from_utf8(s).unwrap_or("?"),
                    None => "?",
                };
                return Err(vm.type_error_fmt(format_args!(
                    "function got multiple values for argument '{n}'"
                )));
            }
            objdict::dict_store(vm, dict, name, value)?;
        }
        for k in 0..n_def {
            let i = n_pos - n_def + k;
            // SAFETY: positional locals.
            unsafe {
                if (*local(i)).is_null() {
                    *local(i) = defaults.get(k).copied().unwrap_or(Value::NULL);
                }
            }
        }
        for i in (0..n_pos - n_def).rev() {
            // SAFETY: positional locals.
            if unsafe { (*local(i)).is_null() } {
                return Err(vm.type_error_fmt(format_args!(
                    "function missing required positional argument #{i}"
                )));
            }
        }
        for j in 0..n_kwonly {
            let i = n_pos + j;
            // SAFETY: keyword-only locals.
            if unsafe { (*local(i)).is_null() } {
                // SAFETY: the function keeps its module context alive.
                let name = unsafe { (*fun.context).qstr(usize::from(names[i])) };
                let found = if has_kwdefs && fun.kw_defaults.is_obj() {
                    objdict::dict_map(fun.kw_defaults).get_qstr(vm, name)
                } else {
                    None
                };
                match found {
                    // SAFETY: as above.
                    Some(v) => unsafe { *local(i) = v },
                    None => {
                        let n = core::str::from_utf8(vm.qstr_str(name)).unwrap_or("?");
                        return Err(vm.type_error_fmt(format_args!(
                            "function missing required keyword argument '{n}'"
                        )));
                    }
                }
            }
        }
    } else {
        if n_kwonly != 0 {
            return Err(vm.type_error("function missing keyword-only argument"));
        }
        if varkw {
            let d = objdict::new_dict(vm, 0)?;
            // SAFETY: local slot of **kw.
            unsafe { *local(kw_slot) = d };
        }
    }
    for &c in code.cells() {
        let slot = local(usize::from(c));
        // SAFETY: the verifier checked cell slots < n_state.
        let cell = objfun::new_cell(vm, unsafe { *slot })?;
        unsafe { *slot = cell };
    }
    Ok(())
}

/// Calls a bytecode function (generator functions are dispatched elsewhere).
pub fn call_fun_bc(
    vm: &mut Vm,
    f: Value,
    this: Option<Value>,
    args: &[Value],
    kw: &[Value],
) -> PyResult {
    // SAFETY: FunBc objects only; the code outlives the function object.
    let fun = unsafe { &*f.as_ptr::<FunBc>() };
    let code = unsafe { &*fun.code };
    vm.check_stack()?;
    let words = Frame::words_needed(code);
    // Small frames live on the Rust stack (scanned by the collector); big ones in the heap.
    let mut inline = [Value::NULL; 48];
    let storage = if words <= inline.len() {
        inline.as_mut_ptr()
    } else {
        vm.alloc_values(words)?
    };
    let mut frame = Frame::new(f, fun, code, storage);
    bind_args(vm, fun, code, frame.state, this, args, kw)?;
    vm.depth += 1;
    let saved_globals = vm.globals;
    // The exception being handled (sys.exc_info) is local to each call.
    let saved_exc = vm.cur_exc;
    // SAFETY: the function's module context is live.
    vm.globals = unsafe { (*fun.context).globals };
    let r = crate::interp::execute(vm, &mut frame, Value::NULL);
    vm.globals = saved_globals;
    vm.cur_exc = saved_exc;
    vm.depth -= 1;
    match r {
        Ok(crate::interp::Outcome::Return(v)) => Ok(v),
        Ok(crate::interp::Outcome::Yield(_)) => Err(vm.type_error("yield outside a generator")),
        Err(e) => Err(e),
    }
}
