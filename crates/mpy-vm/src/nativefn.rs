//! Function objects backed by machine code (native, viper, inline-assembler raw codes), the
//! calls into them, argument binding for native code (helper 45) and viper conversions.
//!
//! All of them are [`FunBc`] objects (words 0..3 fixed by the native ABI); each kind has its
//! own type so calls dispatch without looking at the code. Every call into machine code goes
//! through the trampoline of [`crate::nlr::call_native`], so a raise that no native handler
//! catches comes back as `Err`.

use mpy_format::{Arch, RawCode};

use crate::buf::Buf;
use crate::code::{Code, CodeKind, ModuleContext};
use crate::error::{Exc, PyResult};
use crate::objexc::RUNTIME_ERROR;
use crate::objfun::FunBc;
use crate::q;
use crate::types::{PrintKind, Type, flags};
use crate::value::Value;
use crate::vm::Vm;

/// The architecture whose machine code this build runs.
#[cfg(all(target_arch = "x86_64", any(target_os = "linux", target_os = "none")))]
pub const NATIVE_ARCH: Option<Arch> = Some(Arch::X64);
/// The architecture whose machine code this build runs.
#[cfg(all(target_arch = "arm", target_os = "none"))]
pub const NATIVE_ARCH: Option<Arch> = Some(Arch::Armv7emsp);
/// The architecture whose machine code this build runs (none on this target).
#[cfg(not(any(
    all(target_arch = "x86_64", any(target_os = "linux", target_os = "none")),
    all(target_arch = "arm", target_os = "none")
)))]
pub const NATIVE_ARCH: Option<Arch> = None;

/// Bytes of a machine word of the target (and of the words in `fun_data`).
pub const WORD: usize = core::mem::size_of::<usize>();

/// Bit 0 of code addresses handed to the CPU (set on Thumb).
pub const CODE_ADDR_BIT: usize = if cfg!(target_arch = "arm") { 1 } else { 0 };

/// `scope_flags` bit a loaded viper/asm code keeps when its file had relocations (a dynamic
/// native module built from C, which this VM does not run).
pub const FLAG_RELOCATED: u8 = 0x10;

/// The value the loader puts in a constant-table slot of kind 0 (the helper table).
pub fn fun_table_value() -> Value {
    Value::from_static(&crate::funtable::FUN_TABLE)
}

/// Type of native (`@micropython.native`) functions.
pub static NATIVE_FUN_TYPE: Type = Type {
    call: Some(native_fun_call),
    print: Some(native_print),
    attr: Some(native_attr),
    flags: flags::EQ_BY_IDENTITY,
    ..Type::new(q!("function"))
};

/// Type of native generator functions (calling one makes a native generator).
pub static NATIVE_GEN_FUN_TYPE: Type = Type {
    call: Some(crate::native_gen::gen_fun_call),
    print: Some(native_print),
    attr: Some(native_attr),
    flags: flags::EQ_BY_IDENTITY,
    ..Type::new(q!("generator"))
};

/// Type of viper functions.
pub static VIPER_FUN_TYPE: Type = Type {
    call: Some(viper_fun_call),
    print: Some(native_print),
    attr: Some(native_attr),
    flags: flags::EQ_BY_IDENTITY,
    ..Type::new(q!("function"))
};

/// Type of inline-assembler functions.
pub static ASM_FUN_TYPE: Type = Type {
    call: Some(asm_fun_call),
    print: Some(native_print),
    attr: Some(native_attr),
    flags: flags::EQ_BY_IDENTITY,
    ..Type::new(q!("function"))
};

/// The type of function objects made from machine code of kind `code.kind`.
pub fn native_fun_type(code: &Code) -> &'static Type {
    match code.kind {
        CodeKind::Native if code.is_generator() => &NATIVE_GEN_FUN_TYPE,
        CodeKind::Native => &NATIVE_FUN_TYPE,
        CodeKind::Viper => &VIPER_FUN_TYPE,
        _ => &ASM_FUN_TYPE,
    }
}

/// Whether `v` is a function object backed by machine code.
pub fn is_native_fun(v: Value) -> bool {
    v.is_type(&NATIVE_FUN_TYPE)
        || v.is_type(&NATIVE_GEN_FUN_TYPE)
        || v.is_type(&VIPER_FUN_TYPE)
        || v.is_type(&ASM_FUN_TYPE)
}

/// Prepares machine code for execution: copies it to executable memory, allocates viper
/// data, applies relocations, checks the container (see [`crate::native_load`]).
pub fn prepare_native(
    vm: &mut Vm,
    code: &mut Code,
    rc: &RawCode<'static>,
    qstr_table: *const u16,
    obj_table: *const Value,
) -> PyResult<()> {
    crate::native_load::prepare(vm, code, rc, qstr_table, obj_table)
}

fn fun_parts<'a>(f: Value) -> (&'a FunBc, &'a Code) {
    // SAFETY: only called for the machine-code function types, which are FunBc objects whose
    // code outlives them.
    unsafe {
        let fun = &*f.as_ptr::<FunBc>();
        (fun, &*fun.code)
    }
}

fn native_print(vm: &mut Vm, buf: &mut Buf, v: Value, _kind: PrintKind) -> PyResult<()> {
    let (fun, code) = fun_parts(v);
    if code.kind == CodeKind::Native {
        buf.push_str("<function ");
        // SAFETY: a function keeps its module context alive.
        buf.push_bytes(vm.qstr_str(code.name(unsafe { &*fun.context })));
        let _ = core::fmt::Write::write_fmt(buf, format_args!(" at 0x{:x}>", v.bits()));
    } else {
        buf.push_str("<function>");
    }
    Ok(())
}

fn native_attr(
    vm: &mut Vm,
    v: Value,
    attr: crate::qstr::Qstr,
    dest: &mut [Value; 2],
) -> PyResult<()> {
    if !dest[0].is_null() {
        return Ok(());
    }
    let (fun, code) = fun_parts(v);
    if attr == q!("__name__") && code.kind == CodeKind::Native {
        // SAFETY: as above.
        dest[0] = Value::qstr(code.name(unsafe { &*fun.context }));
    } else if attr == q!("__globals__") {
        // SAFETY: the function's module context is live.
        dest[0] = unsafe { (*fun.context).globals };
    }
    let _ = vm;
    Ok(())
}

#[cold]
fn unsupported_natmod(vm: &mut Vm) -> Exc {
    vm.exc_msg(&RUNTIME_ERROR, "dynamic native modules not supported")
}

/// Calls machine code with the native/viper signature
/// `obj fn(obj self, size_t n_args, size_t n_kw, const obj *args)`.
fn call_machine(vm: &mut Vm, f: Value, entry: usize, args: &[Value], kw: &[Value]) -> PyResult {
    vm.check_stack()?;
    const INLINE: usize = 16;
    let n = args.len() + kw.len();
    let mut inline = [Value::NULL; INLINE];
    let argv: *const Value = if kw.is_empty() {
        args.as_ptr()
    } else if n <= INLINE {
        inline[..args.len()].copy_from_slice(args);
        inline[args.len()..n].copy_from_slice(kw);
        inline.as_ptr()
    } else {
        let p = vm.alloc_values(n)?;
        // SAFETY: a fresh array of n values.
        unsafe {
            core::ptr::copy_nonoverlapping(args.as_ptr(), p, args.len());
            core::ptr::copy_nonoverlapping(kw.as_ptr(), p.add(args.len()), kw.len());
        }
        p
    };
    vm.depth += 1;
    // SAFETY: `entry` is the entry point of loaded machine code of this function; the
    // argument array stays alive (on this stack or reachable from it) during the call.
    let r = unsafe {
        crate::nlr::call_native(
            vm,
            entry,
            [f.bits(), args.len(), kw.len() / 2, argv as usize],
        )
    };
    vm.depth -= 1;
    // Keep the argument array visibly alive across the call.
    core::hint::black_box(&inline);
    r.map(Value::from_bits).map_err(Exc)
}

/// `call` slot of native functions.
pub fn native_fun_call(vm: &mut Vm, f: Value, args: &[Value], kw: &[Value]) -> PyResult {
    let (fun, _) = fun_parts(f);
    let entry = (fun.fun_data as usize + WORD) | CODE_ADDR_BIT;
    call_machine(vm, f, entry, args, kw)
}

/// `call` slot of viper functions.
pub fn viper_fun_call(vm: &mut Vm, f: Value, args: &[Value], kw: &[Value]) -> PyResult {
    let (fun, code) = fun_parts(f);
    if code.scope_flags & FLAG_RELOCATED != 0 {
        return Err(unsupported_natmod(vm));
    }
    let entry = fun.fun_data as usize | CODE_ADDR_BIT;
    call_machine(vm, f, entry, args, kw)
}

/// The word an inline-assembler function receives for `o` (MicroPython's conversion).
fn asm_arg(vm: &mut Vm, o: Value) -> PyResult<usize> {
    if o.is_small_int() {
        return Ok(o.small_int_value() as usize);
    }
    if o == Value::NONE || o == Value::FALSE {
        return Ok(0);
    }
    if o == Value::TRUE {
        return Ok(1);
    }
    if o.is_type(&crate::objint::INT_TYPE) {
        return int_truncated(vm, o);
    }
    if let Some(s) = crate::objstr::str_bytes(vm, o) {
        return Ok(s.as_ptr() as usize);
    }
    if o.is_type(&crate::objfloat::FLOAT_TYPE) {
        let f = crate::objfloat::float_value(o);
        return Ok(if WORD == 8 {
            f.to_bits() as usize
        } else {
            (f as f32).to_bits() as usize
        });
    }
    if o.is_type(&crate::objtuple::TUPLE_TYPE) {
        return Ok(crate::objtuple::tuple_items(o).as_ptr() as usize);
    }
    if o.is_type(&crate::objlist::LIST_TYPE) {
        return Ok(crate::objlist::list_items(o).as_ptr() as usize);
    }
    if let Some(b) = crate::objarray::get_buffer(vm, o, false) {
        return Ok(b.ptr as usize);
    }
    Ok(o.bits())
}

/// `call` slot of inline-assembler functions: up to four register arguments, converted by
/// MicroPython's rules; the result converted by the function's return type.
pub fn asm_fun_call(vm: &mut Vm, f: Value, args: &[Value], kw: &[Value]) -> PyResult {
    let (fun, code) = fun_parts(f);
    if code.scope_flags & FLAG_RELOCATED != 0 {
        return Err(unsupported_natmod(vm));
    }
    let n = code.n_pos_args;
    let sig = ((n as u32) << 17) | ((n as u32 & 0xffff) << 1);
    crate::funtable::arg_check_num_sig(vm, args.len(), kw.len() / 2, sig)?;
    if n > 4 {
        return Err(vm.type_error("too many arguments for inline assembler"));
    }
    let mut regs = [0usize; 4];
    for (r, &a) in regs.iter_mut().zip(args) {
        *r = asm_arg(vm, a)?;
    }
    vm.check_stack()?;
    let entry = fun.fun_data as usize | CODE_ADDR_BIT;
    vm.depth += 1;
    // SAFETY: loaded inline-assembler code taking up to four word arguments.
    let r = unsafe { crate::nlr::call_native(vm, entry, regs) };
    vm.depth -= 1;
    let word = r.map_err(Exc)?;
    native_to_obj(vm, word, code.type_sig)
}

/// Helper 45 (`setup_code_state_native`): binds the arguments into the code state `cs` of a
/// native function (5 words, then `n_state` state words), exactly as for bytecode.
///
/// # Safety
/// `cs` must point at a code state whose word 0 is a function object and whose word 3
/// holds its frame size, followed by that many writable state words.
pub unsafe fn setup_code_state(
    vm: &mut Vm,
    cs: *mut usize,
    args: &[Value],
    kw: &[Value],
) -> PyResult<()> {
    // SAFETY: machine code (or the generator constructor) passes a code state whose word 0
    // is the function object and word 3 its frame size, followed by that many state words.
    let (f, n_state) = unsafe { (Value::from_bits(*cs), *cs.add(3) & 0xffff) };
    if !(f.is_type(&NATIVE_FUN_TYPE) || f.is_type(&NATIVE_GEN_FUN_TYPE)) {
        return Err(vm.exc_msg(&RUNTIME_ERROR, "invalid native code state"));
    }
    let (fun, code) = fun_parts(f);
    if n_state != code.n_state {
        return Err(vm.exc_msg(&RUNTIME_ERROR, "invalid native code state"));
    }
    // SAFETY: as above; the state words follow the 5 header words.
    let state = unsafe { cs.add(5) } as *mut Value;
    unsafe {
        core::ptr::write_bytes(state, 0, n_state);
        *cs.add(2) = cs.add(4) as usize;
        *cs.add(3) = n_state;
        *cs.add(1) = fun.fun_data as usize + code.code_start;
    }
    crate::call::bind_args(vm, fun, code, state, None, args, kw)
}

/// `mp_obj_get_int_truncated`: the low word of an int (or bool).
pub fn int_truncated(vm: &mut Vm, o: Value) -> PyResult<usize> {
    if o.is_small_int() {
        return Ok(o.small_int_value() as usize);
    }
    if o == Value::FALSE {
        return Ok(0);
    }
    if o == Value::TRUE {
        return Ok(1);
    }
    if o.is_type(&crate::objint::INT_TYPE) {
        let b = crate::objint::big_ref(o);
        let alloc = *b.allocator();
        let mask = crate::bignum::BigInt::from_u64(usize::MAX as u64, alloc)
            .map_err(|_| vm.memory_error())?;
        let low = b.and(&mask).map_err(|_| vm.memory_error())?;
        return Ok(low.to_u64().unwrap_or(0) as usize);
    }
    let t = vm.type_name(o);
    Err(vm.type_error_fmt(format_args!("can't convert {t} to int")))
}

/// Helper 3 (`native_from_obj`): unboxes `o` by viper type code (low 4 bits of `ty`).
pub fn obj_to_native(vm: &mut Vm, o: Value, ty: usize) -> PyResult<usize> {
    match ty & 0xf {
        0 => Ok(o.bits()),
        1 => Ok(usize::from(vm.is_true(o)?)),
        2 | 3 => int_truncated(vm, o),
        _ => {
            if let Some(b) = crate::objarray::get_buffer(vm, o, false) {
                return Ok(b.ptr as usize);
            }
            if crate::objstr::is_str(o) {
                if let Some(s) = crate::objstr::str_bytes(vm, o) {
                    return Ok(s.as_ptr() as usize);
                }
            }
            int_truncated(vm, o)
        }
    }
}

/// Helper 4 (`native_to_obj`): boxes a machine word by viper type code (low 4 bits of `ty`).
pub fn native_to_obj(vm: &mut Vm, val: usize, ty: usize) -> PyResult {
    match ty & 0xf {
        0 => Ok(Value::from_bits(val)),
        1 => Ok(Value::bool(val != 0)),
        2 => {
            let n = val as isize;
            if Value::fits_small_int(n) {
                Ok(Value::small_int(n))
            } else {
                crate::objint::from_i64(vm, n as i64)
            }
        }
        _ => {
            if val <= crate::value::SMALL_INT_MAX as usize {
                Ok(Value::small_int(val as isize))
            } else {
                crate::objint::from_u64(vm, val as u64)
            }
        }
    }
}

/// The module context of a machine-code function (for generators and globals).
pub fn fun_context(f: Value) -> *const ModuleContext {
    fun_parts(f).0.context
}
