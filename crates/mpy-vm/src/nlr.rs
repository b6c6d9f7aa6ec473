//! Non-local returns for machine code: MicroPython's `nlr` protocol (native-abi.md §4).
//!
//! Native code pushes an nlr buffer in its own frame (helper 32), pops it on a normal exit
//! (helper 33), and a raise jumps to the innermost buffer, skipping every frame in between.
//! Rust meets this mechanism at exactly two seams:
//!
//! * [`call_native`]: an assembly trampoline pushes its own buffer, calls the machine code,
//!   pops the buffer and returns a status; a raise that no native handler caught lands in the
//!   trampoline and comes back to Rust as `Err(exception)`. So no Rust frame is ever skipped.
//! * [`raise`]: the helpers machine code calls turn an `Err` into a jump, after every value
//!   with a destructor has been dropped (their frames hold only plain words at that point).
//!
//! The per-thread `top` pointer links the buffers; the assembly routines live in
//! `nlr_x64.rs` and `nlr_thumb.rs`.

use crate::value::Value;

/// Words of the register area of an nlr buffer.
#[cfg(target_pointer_width = "64")]
pub const NLR_REGS: usize = 10;
/// Words of the register area of an nlr buffer.
#[cfg(not(target_pointer_width = "64"))]
pub const NLR_REGS: usize = 16;

/// An nlr buffer, laid out as MicroPython's (`prev`, `ret_val`, then saved registers).
#[repr(C)]
pub struct NlrBuf {
    /// The next outer buffer.
    pub prev: *mut NlrBuf,
    /// The raised exception, after a jump landed here.
    pub ret_val: usize,
    /// Saved registers (return address, callee-saved registers, stack pointer).
    pub regs: [usize; NLR_REGS],
}

#[cfg(feature = "std")]
std::thread_local! {
    static TOP: core::cell::Cell<*mut NlrBuf> = const { core::cell::Cell::new(core::ptr::null_mut()) };
}

#[cfg(not(feature = "std"))]
static TOP: core::sync::atomic::AtomicPtr<NlrBuf> =
    core::sync::atomic::AtomicPtr::new(core::ptr::null_mut());

#[inline(always)]
fn top() -> *mut NlrBuf {
    #[cfg(feature = "std")]
    {
        TOP.with(|t| t.get())
    }
    #[cfg(not(feature = "std"))]
    {
        TOP.load(core::sync::atomic::Ordering::Relaxed)
    }
}

#[inline(always)]
fn set_top(b: *mut NlrBuf) {
    #[cfg(feature = "std")]
    {
        TOP.with(|t| t.set(b))
    }
    #[cfg(not(feature = "std"))]
    {
        TOP.store(b, core::sync::atomic::Ordering::Relaxed)
    }
}

/// The innermost pushed buffer of this thread (null when none): for tests and assertions.
pub fn current_top() -> *const NlrBuf {
    top()
}

/// Second half of `nlr_push`, entered by a tail jump after the registers were saved: links
/// `buf` as the innermost buffer and returns 0 to the pusher.
pub(crate) unsafe extern "C" fn nlr_push_tail(buf: *mut NlrBuf) -> usize {
    // SAFETY: `buf` is a buffer in the caller's frame (machine code or the trampoline).
    unsafe { (*buf).prev = top() };
    set_top(buf);
    0
}

/// Helper 33 (`nlr_pop`): unlinks the innermost buffer.
pub extern "C" fn nlr_pop() {
    let t = top();
    if !t.is_null() {
        // SAFETY: a linked buffer is alive until popped (its frame has not returned).
        set_top(unsafe { (*t).prev });
    }
}

/// First half of a jump: records `val` in the innermost buffer, unlinks it and returns it so
/// the assembly can restore its registers.
pub(crate) unsafe extern "C" fn nlr_jump_tail(val: usize) -> *mut NlrBuf {
    let t = top();
    if t.is_null() {
        // Only reachable if machine code called a helper without the trampoline: a VM bug.
        nlr_fatal();
    }
    // SAFETY: as in `nlr_pop`.
    unsafe {
        (*t).ret_val = val;
        set_top((*t).prev);
    }
    t
}

#[cold]
fn nlr_fatal() -> ! {
    panic!("nlr jump without a handler")
}

#[cfg(all(target_arch = "x86_64", any(target_os = "linux", target_os = "none")))]
#[path = "nlr_x64.rs"]
pub(crate) mod imp;

#[cfg(all(target_arch = "arm", target_os = "none"))]
#[path = "nlr_thumb.rs"]
pub(crate) mod imp;

/// Targets without the assembly routines: machine code cannot run.
#[cfg(not(any(
    all(target_arch = "x86_64", any(target_os = "linux", target_os = "none")),
    all(target_arch = "arm", target_os = "none")
)))]
pub(crate) mod imp {
    pub const HAVE_NATIVE: bool = false;
    pub unsafe extern "C" fn mpyrs_nlr_push(_buf: *mut super::NlrBuf) -> usize {
        0
    }
    pub unsafe extern "C" fn mpyrs_nlr_jump(_val: usize) -> ! {
        super::nlr_fatal()
    }
    pub unsafe extern "C" fn mpyrs_native_call(
        _entry: usize,
        _args: *const usize,
        out: *mut usize,
        _ctx: *mut (),
    ) -> usize {
        // SAFETY: `out` points at the caller's result word.
        unsafe { *out = 0 };
        1
    }
}

/// Whether this build can run machine code (has the assembly routines).
pub const HAVE_NATIVE: bool = imp::HAVE_NATIVE;

/// Address of the register-capturing `nlr_push` (helper 32).
pub fn nlr_push_addr() -> *const () {
    imp::mpyrs_nlr_push as *const ()
}

/// Raises `exc` to the innermost nlr buffer: the seam where helpers called by machine code
/// turn an `Err` into a jump.
///
/// # Safety
/// Must only be called from a helper that machine code called (so a buffer pushed by that
/// code or by the trampoline that entered it is the innermost one), and no value with a
/// destructor, borrow guard or lock may be alive in any frame this skips.
#[inline(always)]
pub unsafe fn raise(exc: Value) -> ! {
    // SAFETY: the caller's contract.
    unsafe { imp::mpyrs_nlr_jump(exc.bits()) }
}

/// Calls machine code at `entry` with four word arguments under a fresh nlr buffer: the
/// trampoline seam. Returns the code's return word, or the exception a raise delivered.
///
/// `vm` is passed through so the compiler treats the interpreter as reachable by the callee
/// (helpers find it through the per-thread pointer).
///
/// # Safety
/// `entry` must be the entry point of trusted machine code following the platform C calling
/// convention with (at most) four word arguments.
pub unsafe fn call_native(
    vm: *mut crate::vm::Vm,
    entry: usize,
    args: [usize; 4],
) -> Result<usize, Value> {
    let mut out = 0usize;
    // SAFETY: the caller's contract; the trampoline restores every callee-saved register.
    let status = unsafe { imp::mpyrs_native_call(entry, args.as_ptr(), &mut out, vm.cast()) };
    if status == 0 {
        Ok(out)
    } else {
        Err(Value::from_bits(out))
    }
}
