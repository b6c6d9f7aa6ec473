//! The interpreter state and its lifecycle: heap, qstrs, namespaces, limits.

use core::marker::PhantomData;
use core::mem::size_of;
use core::ptr::{self, NonNull};

use mpy_gc::{Heap, RootSource, Roots};

use crate::error::{Exc, PyResult};
use crate::port::Port;
use crate::qstr::{Qstr, QstrPool};
use crate::value::Value;

/// Everything one interpreter owns. Lives in a manual block of its own heap, so every value
/// stored in it is a GC root without registration.
pub struct Vm {
    /// The garbage-collected heap.
    pub heap: Heap,
    /// Interned strings.
    pub qstrs: QstrPool,
    port: NonNull<dyn Port>,
    /// Current globals dict (of the module whose code runs).
    pub globals: Value,
    /// Current locals dict for name operations at module/class level.
    pub locals: Value,
    /// The `builtins` module's namespace dict.
    pub builtins: Value,
    /// `sys.modules`.
    pub modules: Value,
    /// `sys.path` (a list).
    pub sys_path: Value,
    /// `sys.argv` (a list).
    pub sys_argv: Value,
    /// The function `sys.atexit` registered (NULL or `None` when none); the port calls it.
    pub sys_exitfunc: Value,
    /// Pre-allocated MemoryError, raised when nothing more can be allocated.
    pub memory_error_obj: Value,
    /// Pre-allocated RuntimeError for exhausted recursion.
    pub recursion_error_obj: Value,
    /// An exception to raise at the next check point (KeyboardInterrupt, scheduled errors).
    pub pending: Value,
    /// Highest stack address holding interpreter frames (0 when not running).
    pub stack_top: usize,
    /// Lowest stack address the interpreter may grow to before raising RecursionError.
    pub stack_limit: usize,
    /// Nesting of Python calls.
    pub depth: usize,
    /// Maximum nesting of Python calls.
    pub max_depth: usize,
    /// Optimisation level (`-O`): affects `__debug__` and asserts.
    pub opt_level: u8,
    /// The exception being handled (for bare `raise` and `sys.exc_info`).
    pub cur_exc: Value,
    /// Extra roots kept by the embedding API (a list).
    pub handles: Value,
    /// Scratch for `micropython.schedule`d callbacks (a list).
    pub scheduled: Value,
    /// Module objects of built-in modules created so far (dict name -> module).
    pub builtin_modules: Value,
    /// Backward jumps until the next look at interrupts and the budget.
    pub poll_countdown: u32,
    /// Remaining polls before `RuntimeError('instruction budget exhausted')`, if limited.
    pub budget: Option<u64>,
    /// The VFS mount table (a list of `(mount point, filesystem)`), or NULL.
    pub mounts: Value,
    /// Current directory when it is inside a mounted filesystem (a str), else NULL.
    pub cwd: Value,
    /// Frozen module tables registered by the port (empty slices when unused).
    pub frozen: [&'static [crate::frozen::FrozenModule]; crate::frozen::MAX_FROZEN_TABLES],
}

/// Why an interpreter could not be created.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InitError {
    /// The heap region is too small to hold the interpreter's own state.
    HeapTooSmall,
}

/// Settings for a new interpreter.
#[derive(Debug, Clone, Copy)]
pub struct Config {
    /// Stack bytes the interpreter may use below its entry point before raising
    /// `RuntimeError('maximum recursion depth exceeded')`.
    pub stack_size: usize,
    /// Maximum nesting of Python calls.
    pub max_depth: usize,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            stack_size: 256 * 1024,
            max_depth: 10_000,
        }
    }
}

unsafe fn push_roots(ctx: *mut (), roots: &mut Roots<'_>) {
    // SAFETY: registered with the VM's own address, which does not move while the heap exists.
    let vm = unsafe { &*(ctx as *const Vm) };
    if vm.stack_top != 0 {
        // SAFETY: stack_top is above every frame of the running interpreter on this thread.
        unsafe { roots.push_machine_stack(vm.stack_top) };
    }
}

/// An interpreter: owns a [`Vm`] placed inside its own heap region.
///
/// `'r` is the heap region's borrow, `'p` the port's.
pub struct Interpreter<'r, 'p> {
    vm: NonNull<Vm>,
    _region: PhantomData<&'r mut [u8]>,
    _port: PhantomData<&'p mut dyn Port>,
}

impl<'r, 'p> Interpreter<'r, 'p> {
    /// Creates an interpreter whose heap is `region` and whose platform is `port`.
    pub fn new(
        region: &'r mut [u8],
        port: &'p mut dyn Port,
        config: Config,
    ) -> Result<Self, InitError> {
        // SAFETY: the region is exclusively borrowed for the interpreter's lifetime.
        let heap = unsafe { Heap::new(region.as_mut_ptr(), region.len()) }
            .ok_or(InitError::HeapTooSmall)?;
        let block = heap
            .alloc_manual(size_of::<Vm>())
            .ok_or(InitError::HeapTooSmall)?;
        let vmp = block.as_ptr() as *mut Vm;
        // The port's lifetime is carried by `'p` on the handle; the VM keeps a raw pointer.
        let port: NonNull<dyn Port + 'p> = NonNull::from(port);
        // SAFETY: only the lifetime is erased; `Interpreter<'r, 'p>` cannot outlive the port.
        let port: NonNull<dyn Port> = unsafe { core::mem::transmute(port) };
        let vm = Vm {
            heap,
            qstrs: QstrPool::new(),
            port,
            globals: Value::NULL,
            locals: Value::NULL,
            builtins: Value::NULL,
            modules: Value::NULL,
            sys_path: Value::NULL,
            sys_argv: Value::NULL,
            sys_exitfunc: Value::NULL,
            memory_error_obj: Value::NULL,
            recursion_error_obj: Value::NULL,
            pending: Value::NULL,
            stack_top: 0,
            stack_limit: 0,
            depth: 0,
            max_depth: config.max_depth,
            opt_level: 0,
            cur_exc: Value::NULL,
            handles: Value::NULL,
            scheduled: Value::NULL,
            builtin_modules: Value::NULL,
            poll_countdown: crate::poll::POLL_INTERVAL,
            budget: None,
            mounts: Value::NULL,
            cwd: Value::NULL,
            frozen: [&[]; crate::frozen::MAX_FROZEN_TABLES],
        };
        // SAFETY: a fresh manual block of the right size, block-aligned.
        unsafe { vmp.write(vm) };
        let interp = Interpreter {
            vm: NonNull::new(vmp).expect("block"),
            _region: PhantomData,
            _port: PhantomData,
        };
        let _g = interp.enter_with_stack(config.stack_size);
        // SAFETY: the VM lives in a manual block that never moves and outlives the heap's use.
        unsafe {
            let vm = &mut *vmp;
            vm.heap.set_root_source(Some(RootSource {
                func: push_roots,
                ctx: vmp as *mut (),
            }));
            vm.init().map_err(|_| InitError::HeapTooSmall)?;
        }
        drop(_g);
        Ok(interp)
    }

    /// Enters the interpreter from Rust: makes it current and records the stack top.
    pub fn enter(&self) -> EnterGuard<'_> {
        self.enter_with_stack(0)
    }

    fn enter_with_stack(&self, stack_size: usize) -> EnterGuard<'_> {
        let vm = self.vm.as_ptr();
        let prev = crate::heapalloc::set_current(vm);
        // SAFETY: the VM is alive while the handle is.
        let v = unsafe { &mut *vm };
        let outer = v.stack_top == 0;
        if outer {
            let sp = mpy_gc::stack_pointer();
            // Everything the caller of this frame holds is above; a little slack covers the
            // guard's own frame.
            v.stack_top = sp + 512;
            if stack_size != 0 {
                v.stack_limit = sp.saturating_sub(stack_size);
            } else if v.stack_limit == 0 || v.stack_limit > sp {
                v.stack_limit = sp.saturating_sub(Config::default().stack_size);
            }
        }
        EnterGuard {
            vm: self.vm,
            prev,
            outer,
            _life: PhantomData,
        }
    }

    /// The VM, for use inside an [`EnterGuard`].
    ///
    /// # Safety
    /// Must be called while entered, and the reference must not be held across another
    /// `vm()` borrow.
    #[allow(clippy::mut_from_ref)]
    pub unsafe fn vm(&self) -> &mut Vm {
        unsafe { &mut *self.vm.as_ptr() }
    }

    /// Sets the stack budget: recursion beyond `bytes` below the entry raises RuntimeError.
    pub fn set_stack_size(&mut self, bytes: usize) {
        let sp = mpy_gc::stack_pointer();
        // SAFETY: exclusive access through `&mut self`.
        unsafe { (*self.vm.as_ptr()).stack_limit = sp.saturating_sub(bytes) };
    }
}

impl Drop for Interpreter<'_, '_> {
    fn drop(&mut self) {
        let vmp = self.vm.as_ptr();
        let prev = crate::heapalloc::set_current(vmp);
        // SAFETY: dropping the VM in place; nothing uses it afterwards. Its containers free
        // their manual blocks into the heap, which is itself dropped last (it owns no memory).
        unsafe {
            (*vmp).heap.set_root_source(None);
            ptr::drop_in_place(vmp);
        }
        crate::heapalloc::set_current(if prev == vmp { ptr::null_mut() } else { prev });
    }
}

/// While alive, the interpreter is current on this thread (restored on drop).
pub struct EnterGuard<'a> {
    vm: NonNull<Vm>,
    prev: *mut Vm,
    outer: bool,
    _life: PhantomData<&'a ()>,
}

impl Drop for EnterGuard<'_> {
    fn drop(&mut self) {
        // SAFETY: the VM is alive while the handle is.
        let v = unsafe { &mut *self.vm.as_ptr() };
        if self.outer {
            v.stack_top = 0;
        }
        crate::heapalloc::set_current(self.prev);
    }
}

impl Vm {
    /// The platform, as a raw pointer (for borrowing one of its parts alongside the VM).
    #[inline]
    pub fn port_ptr(&self) -> NonNull<dyn Port> {
        self.port
    }

    /// The platform.
    #[inline]
    pub fn port(&mut self) -> &mut dyn Port {
        // SAFETY: the port outlives the interpreter (lifetime `'p` of its handle).
        unsafe { self.port.as_mut() }
    }

    /// The pre-allocated MemoryError.
    #[cold]
    pub fn memory_error(&self) -> Exc {
        Exc(self.memory_error_obj)
    }

    /// Interns `s`, or raises MemoryError / RuntimeError.
    pub fn intern(&mut self, s: &[u8]) -> PyResult<Qstr> {
        if let Some(q) = self.qstrs.find(s) {
            return Ok(q);
        }
        match self.qstrs.intern(&self.heap, s) {
            Some(q) => Ok(q),
            None => Err(self.memory_error()),
        }
    }

    /// The bytes of a qstr (borrowed from static tables or never-freed heap blocks).
    #[inline]
    pub fn qstr_str(&self, q: Qstr) -> &'static [u8] {
        // SAFETY: qstr bytes are static or live in manual blocks that are never freed.
        unsafe { core::mem::transmute::<&[u8], &'static [u8]>(self.qstrs.str(q)) }
    }

    /// Raises RuntimeError when the machine stack or the call depth runs out.
    #[inline]
    pub fn check_stack(&mut self) -> PyResult<()> {
        let sp = mpy_gc::stack_pointer();
        if sp < self.stack_limit || self.depth >= self.max_depth {
            return Err(Exc(self.recursion_error_obj));
        }
        Ok(())
    }

    fn init(&mut self) -> PyResult<()> {
        if self.qstrs.init().is_none() {
            return Err(Exc(Value::NULL));
        }
        crate::objexc::init_preallocated(self)?;
        self.modules = crate::objdict::new_dict(self, 0)?;
        self.builtin_modules = crate::objdict::new_dict(self, 0)?;
        self.sys_path = crate::objlist::new_list(self, &[])?;
        self.sys_argv = crate::objlist::new_list(self, &[])?;
        self.handles = crate::objlist::new_list(self, &[])?;
        self.scheduled = crate::objlist::new_list(self, &[])?;
        self.builtins = crate::builtins::make_builtins_dict(self)?;
        crate::compile::register_builtins(self)?;
        crate::modos::register_builtins(self)?;
        crate::modhelp::register_builtins(self)?;
        Ok(())
    }
}

/// A Python exception that escaped to Rust, as MicroPython would print it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PyError {
    /// The exception's type name (e.g. `ValueError`).
    pub type_name: alloc::string::String,
    /// The traceback and message, exactly as `micropython` prints an uncaught exception.
    pub traceback: alloc::string::String,
}

impl core::fmt::Display for PyError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(&self.traceback)
    }
}

impl Interpreter<'_, '_> {
    /// Runs a `.mpy` image as the `__main__` module; an uncaught exception becomes a
    /// [`PyError`].
    pub fn exec_mpy(&self, bytes: &[u8]) -> Result<(), PyError> {
        let _g = self.enter();
        // SAFETY: entered; the only VM borrow in this scope.
        let vm = unsafe { self.vm() };
        let name = vm.intern(b"__main__").unwrap_or(crate::q!("__main__"));
        crate::load::exec_mpy(vm, bytes, name)
            .map(|_| ())
            .map_err(|e| vm.py_error(e))
    }
}

impl Vm {
    /// Converts a raised exception into a Rust-side [`PyError`].
    pub fn py_error(&mut self, e: Exc) -> PyError {
        let mut b = crate::buf::Buf::new();
        crate::objexc::print_exception(self, &mut b, e.0);
        let name = self.qstr_str(self.type_of(e.0).name);
        PyError {
            type_name: alloc::string::String::from_utf8_lossy(name).into_owned(),
            traceback: alloc::string::String::from_utf8_lossy(b.as_bytes()).into_owned(),
        }
    }
}
