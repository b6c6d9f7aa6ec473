//! The `select` module (alias `uselect`): `poll()` objects that wait until streams are ready,
//! as MicroPython's.
//!
//! A registered object is either a host descriptor (an int, or a stream whose `ioctl` reports
//! one: sockets, the console) or a stream without one (a class deriving `io.IOBase` with an
//! `ioctl` method). Descriptors are waited on together through [`Port::poll_fds`]; the other
//! streams are asked in turn, again every millisecond while nothing is ready. Long waits are
//! cut into slices with a look at Ctrl-C between them.
//!
//! Results come in registration order (MicroPython's come in its hash table's order, which
//! programs cannot rely on; this runtime's dicts keep insertion order too).
//!
//! [`Port::poll_fds`]: crate::port::Port::poll_fds

use crate::buf::Buf;
use crate::error::PyResult;
use crate::fsport::errno;
use crate::modutil::{get_int, os_error};
use crate::obj::ObjHeader;
use crate::objfun::BuiltinFn;
use crate::port::PollFd;
use crate::q;
use crate::types::{Attr, PrintKind, Type, flags};
use crate::value::Value;
use crate::vm::Vm;

/// Stream control requests (MicroPython's numbers, which Python `ioctl` methods receive).
pub mod ioctl {
    /// Which of the events in the argument are ready now (the result).
    pub const POLL: usize = 3;
    /// The stream's host descriptor (the result); a negative result when it has none.
    pub const GET_FILENO: usize = 10;
}

/// Data can be read.
pub const POLLIN: u16 = 1;
/// Data can be written.
pub const POLLOUT: u16 = 4;
/// An error condition.
pub const POLLERR: u16 = 8;
/// The other end hung up.
pub const POLLHUP: u16 = 16;

/// `ipoll` flag: stop reporting an object once it has been reported (until `modify`).
const ONE_SHOT: usize = 1;
/// Longest single wait on descriptors, so a Ctrl-C that lands just before the port starts
/// waiting is noticed within this time.
const WAIT_SLICE_MS: u64 = 100;
/// How often streams without a descriptor are asked again while waiting.
const STREAM_RECHECK_MS: u64 = 1;
/// Descriptors waited on without allocating.
const STACK_FDS: usize = 16;

/// One registered object.
#[repr(C)]
#[derive(Clone, Copy)]
struct Entry {
    obj: Value,
    /// Host descriptor, or -1 for a stream asked through its `ioctl`.
    fd: isize,
    events: usize,
    revents: usize,
}

/// A `select.poll()` object.
#[repr(C)]
pub struct PollObj {
    /// Header.
    pub base: ObjHeader,
    /// Registered objects (a managed block of `cap` entries, `len` in use).
    entries: *mut Entry,
    len: usize,
    cap: usize,
    /// `ipoll` iteration: next entry to look at.
    iter_pos: usize,
    /// `ipoll` flags of the current iteration.
    iter_flags: usize,
    /// The tuple `ipoll` hands out for every result (MicroPython reuses one to save
    /// allocations; programs see the same object each time).
    ret: Value,
}

/// The type of `select.poll()` objects.
pub static POLL_TYPE: Type = Type {
    flags: flags::ITER_IS_SELF,
    print: Some(poll_print),
    iternext: Some(poll_iternext),
    methods: POLL_METHODS,
    ..Type::new(q!("poll"))
};

fn poll_obj<'a>(v: Value) -> &'a mut PollObj {
    // SAFETY: only called on values of POLL_TYPE (methods of that type, checked below).
    unsafe { &mut *v.as_ptr::<PollObj>() }
}

fn checked(vm: &mut Vm, v: Value) -> PyResult<&'static mut PollObj> {
    if !v.is_type(&POLL_TYPE) {
        return Err(vm.type_error("expected a poll object"));
    }
    Ok(poll_obj(v))
}

fn entries<'a>(p: &PollObj) -> &'a mut [Entry] {
    if p.entries.is_null() {
        return &mut [];
    }
    // SAFETY: `len` initialised entries in the live block.
    unsafe { core::slice::from_raw_parts_mut(p.entries, p.len) }
}

fn find(p: &PollObj, obj: Value) -> Option<usize> {
    entries(p).iter().position(|e| e.obj == obj)
}

/// Whether `v` is an instance of a Python class deriving `io.IOBase`.
fn is_python_stream(v: Value) -> bool {
    if !crate::objtype::is_instance_obj(v) {
        return false;
    }
    let mut found = false;
    crate::objtype::walk_mro(v.obj_type(), &mut |c| {
        found = core::ptr::eq(c, &crate::modio::IOBASE_TYPE);
        found
    });
    found
}

/// Sends a stream control request to `v`: `None` if `v` is not a stream, else the result (a
/// negative result is `-errno`). Python classes deriving `io.IOBase` answer through their
/// `ioctl(request, arg)` method; built-in streams through their type's `ioctl` slot.
pub fn stream_ioctl(vm: &mut Vm, v: Value, req: usize, arg: usize) -> PyResult<Option<isize>> {
    if !v.is_obj() {
        return Ok(None);
    }
    if let Some(f) = v.obj_type().ioctl {
        return f(vm, v, req, arg).map(Some);
    }
    if is_python_stream(v) {
        let args = [
            Value::small_int(req as isize),
            Value::small_int(arg as isize),
        ];
        let r = crate::modutil::call_method(vm, v, q!("ioctl"), &args)?;
        return Ok(Some(get_int(vm, r)? as isize));
    }
    let native = crate::objtype::instance_native(v);
    if native.is_obj() {
        if let Some(f) = native.obj_type().ioctl {
            return f(vm, native, req, arg).map(Some);
        }
    }
    Ok(None)
}

/// The host descriptor of a registered object, or -1 for a stream without one.
fn descriptor_of(vm: &mut Vm, obj: Value) -> PyResult<isize> {
    if crate::objint::is_int(obj) {
        let n = get_int(vm, obj)?;
        if n < 0 || n > i64::from(i32::MAX) {
            return Err(vm.exc_empty(&crate::objexc::VALUE_ERROR));
        }
        return Ok(n as isize);
    }
    match stream_ioctl(vm, obj, ioctl::GET_FILENO, 0)? {
        // A stream error here only means "no descriptor": it is then asked for readiness.
        Some(fd) if fd >= 0 && fd <= i32::MAX as isize => Ok(fd),
        Some(_) => Ok(-1),
        None => Err(vm.exc_msg(&crate::objexc::OS_ERROR, "stream operation not supported")),
    }
}

fn mask_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<usize> {
    match v {
        Some(&m) => Ok(get_int(vm, m)? as usize & 0xffff),
        None => Ok(usize::from(POLLIN | POLLOUT)),
    }
}

fn m_register(vm: &mut Vm, a: &[Value]) -> PyResult {
    checked(vm, a[0])?;
    let obj = a[1];
    let events = mask_arg(vm, a.get(2))?;
    if let Some(i) = find(poll_obj(a[0]), obj) {
        entries(poll_obj(a[0]))[i].events = events;
        return Ok(Value::NONE);
    }
    // May run Python code (an `ioctl` method), so the table is looked at only afterwards.
    let fd = descriptor_of(vm, obj)?;
    let p = poll_obj(a[0]);
    if let Some(i) = find(p, obj) {
        entries(p)[i].events = events;
        return Ok(Value::NONE);
    }
    if p.len == p.cap {
        let cap = (p.cap * 2).max(4);
        let bytes = cap
            .checked_mul(core::mem::size_of::<Entry>())
            .ok_or_else(|| vm.memory_error())?;
        p.entries = vm.realloc_bytes(p.entries.cast(), bytes)?.cast();
        p.cap = cap;
    }
    // SAFETY: `len < cap` entries fit the block.
    unsafe {
        p.entries.add(p.len).write(Entry {
            obj,
            fd,
            events,
            revents: 0,
        })
    };
    p.len += 1;
    Ok(Value::NONE)
}

fn m_unregister(vm: &mut Vm, pv: Value, obj: Value) -> PyResult {
    let p = checked(vm, pv)?;
    // As MicroPython: unregistering an object that is not registered is not an error.
    if let Some(i) = find(p, obj) {
        entries(p).copy_within(i + 1.., i);
        p.len -= 1;
        if p.iter_pos > i {
            p.iter_pos -= 1;
        }
    }
    Ok(Value::NONE)
}

fn m_modify(vm: &mut Vm, pv: Value, obj: Value, mask: Value) -> PyResult {
    checked(vm, pv)?;
    let events = mask_arg(vm, Some(&mask))?;
    let p = poll_obj(pv);
    match find(p, obj) {
        Some(i) => {
            entries(p)[i].events = events;
            Ok(Value::NONE)
        }
        None => Err(os_error(vm, errno::ENOENT as isize)),
    }
}

/// A timeout argument in milliseconds: `None` for "no limit" (a negative number or `None`).
fn timeout_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<u64>> {
    match v {
        None => Ok(None),
        Some(&t) if t == Value::NONE => Ok(None),
        Some(&t) => {
            let t = get_int(vm, t)?;
            Ok(if t < 0 { None } else { Some(t as u64) })
        }
    }
}

/// Asks every stream without a descriptor which of its events are ready; returns
/// `(streams asked, streams ready)`.
fn check_streams(vm: &mut Vm, pv: Value) -> PyResult<(usize, usize)> {
    let (mut asked, mut ready) = (0, 0);
    let mut i = 0;
    // The table is re-read at every step: an `ioctl` method may (un)register objects.
    while i < poll_obj(pv).len {
        let e = entries(poll_obj(pv))[i];
        i += 1;
        if e.fd >= 0 {
            continue;
        }
        asked += 1;
        let r = stream_ioctl(vm, e.obj, ioctl::POLL, e.events)?.unwrap_or(0);
        if r < 0 {
            return Err(os_error(vm, -r));
        }
        let p = poll_obj(pv);
        if let Some(slot) = entries(p).get_mut(i - 1).filter(|s| s.obj == e.obj) {
            slot.revents = r as usize;
            if r != 0 {
                ready += 1;
            }
        }
    }
    Ok((asked, ready))
}

/// Waits on the registered descriptors for at most `ms` milliseconds and records their
/// events; returns `(descriptors ready, whether the whole time passed)`.
fn check_descriptors(vm: &mut Vm, pv: Value, ms: u64) -> PyResult<(usize, bool)> {
    let n = entries(poll_obj(pv)).iter().filter(|e| e.fd >= 0).count();
    let mut stack = [PollFd::default(); STACK_FDS];
    let fds: &mut [PollFd] = if n <= STACK_FDS {
        &mut stack[..n]
    } else {
        let bytes = n
            .checked_mul(core::mem::size_of::<PollFd>())
            .ok_or_else(|| vm.memory_error())?;
        let block = vm.alloc_bytes(bytes)?.cast::<PollFd>();
        // SAFETY: a fresh zeroed block of `n` PollFd (all-zero is a valid PollFd), kept
        // alive by this pointer on the stack while in use.
        unsafe { core::slice::from_raw_parts_mut(block, n) }
    };
    for (slot, e) in fds
        .iter_mut()
        .zip(entries(poll_obj(pv)).iter().filter(|e| e.fd >= 0))
    {
        *slot = PollFd {
            fd: e.fd as i32,
            events: e.events as u16,
            revents: 0,
        };
    }
    let timeout = ms.min(i32::MAX as u64) as i32;
    let (ready, full) = match vm.port().poll_fds(fds, timeout) {
        Ok(k) => (k, k == 0),
        // A signal: the caller looks at Ctrl-C and waits again for what is left.
        Err(errno::EINTR) => (0, false),
        Err(e) => return Err(os_error(vm, e as isize)),
    };
    for (e, f) in entries(poll_obj(pv))
        .iter_mut()
        .filter(|e| e.fd >= 0)
        .zip(fds.iter())
    {
        e.revents = if ready > 0 { usize::from(f.revents) } else { 0 };
    }
    let ready = if ready > 0 {
        fds.iter().filter(|f| f.revents != 0).count()
    } else {
        0
    };
    Ok((ready, full))
}

/// Waits until a registered object is ready or `timeout` milliseconds pass (`None`: no limit);
/// leaves each entry's events in `revents` and returns how many objects are ready.
fn wait(vm: &mut Vm, pv: Value, timeout: Option<u64>) -> PyResult<usize> {
    let start = vm.port().ticks_ms();
    // Time known to have passed even if the port's clock does not move.
    let mut waited: u64 = 0;
    loop {
        let (streams, mut ready) = check_streams(vm, pv)?;
        let elapsed = vm.port().ticks_ms().wrapping_sub(start).max(waited);
        let left = timeout.map(|t| t.saturating_sub(elapsed));
        let slice = if ready > 0 {
            0
        } else if streams > 0 {
            STREAM_RECHECK_MS
        } else {
            WAIT_SLICE_MS
        };
        let ms = left.map_or(slice, |l| l.min(slice));
        if entries(poll_obj(pv)).iter().any(|e| e.fd >= 0) {
            let (n, full) = check_descriptors(vm, pv, ms)?;
            ready += n;
            if full {
                waited = waited.saturating_add(ms);
            }
        } else if ms > 0 {
            vm.port().sleep_us(ms * 1000);
            waited = waited.saturating_add(ms);
        }
        if ready > 0 || left == Some(0) {
            return Ok(ready);
        }
        vm.check_interrupts()?;
    }
}

/// Waits until `fd` has one of `events` or `timeout` milliseconds pass (`None`: no limit);
/// returns the events that happened (0 on timeout). For blocking operations of streams with
/// a host descriptor (sockets): the wait is cut into slices with a look at Ctrl-C between.
pub fn wait_fd(vm: &mut Vm, fd: i32, events: u16, timeout: Option<u64>) -> PyResult<u16> {
    let start = vm.port().ticks_ms();
    let mut waited: u64 = 0;
    loop {
        let elapsed = vm.port().ticks_ms().wrapping_sub(start).max(waited);
        let left = timeout.map(|t| t.saturating_sub(elapsed));
        let ms = left.map_or(WAIT_SLICE_MS, |l| l.min(WAIT_SLICE_MS));
        let mut one = [PollFd {
            fd,
            events,
            revents: 0,
        }];
        match vm.port().poll_fds(&mut one, ms.min(i32::MAX as u64) as i32) {
            Ok(0) => waited = waited.saturating_add(ms),
            Ok(_) => return Ok(one[0].revents),
            Err(errno::EINTR) => {}
            Err(e) => return Err(os_error(vm, e as isize)),
        }
        if left == Some(0) {
            return Ok(0);
        }
        vm.check_interrupts()?;
    }
}

fn results_list(vm: &mut Vm, pv: Value) -> PyResult {
    let l = crate::objlist::new_list(vm, &[])?;
    let mut i = 0;
    while i < poll_obj(pv).len {
        let e = entries(poll_obj(pv))[i];
        i += 1;
        if e.revents != 0 {
            let ev = Value::small_int(e.revents as isize);
            let t = crate::objtuple::new_tuple(vm, &[e.obj, ev])?;
            crate::objlist::list_append(vm, l, t)?;
        }
    }
    Ok(l)
}

fn m_poll(vm: &mut Vm, a: &[Value]) -> PyResult {
    checked(vm, a[0])?;
    let timeout = timeout_arg(vm, a.get(1))?;
    wait(vm, a[0], timeout)?;
    results_list(vm, a[0])
}

fn m_ipoll(vm: &mut Vm, a: &[Value]) -> PyResult {
    checked(vm, a[0])?;
    let timeout = timeout_arg(vm, a.get(1))?;
    let fl = match a.get(2) {
        Some(&f) => get_int(vm, f)? as usize,
        None => 0,
    };
    wait(vm, a[0], timeout)?;
    let p = poll_obj(a[0]);
    p.iter_pos = 0;
    p.iter_flags = fl;
    Ok(a[0])
}

fn poll_iternext(vm: &mut Vm, pv: Value) -> PyResult {
    let p = poll_obj(pv);
    while p.iter_pos < p.len {
        let i = p.iter_pos;
        p.iter_pos += 1;
        let e = &mut entries(p)[i];
        if e.revents == 0 {
            continue;
        }
        let (obj, ev) = (e.obj, Value::small_int(e.revents as isize));
        if p.iter_flags & ONE_SHOT != 0 {
            e.events = 0;
        }
        e.revents = 0;
        if p.ret.is_null() {
            p.ret = crate::objtuple::new_tuple(vm, &[obj, ev])?;
        } else {
            let t = p.ret.as_ptr::<crate::objtuple::TupleObj>();
            // SAFETY: `ret` is a 2-tuple this object made; only `ipoll` hands it out.
            unsafe {
                let items = (*t).items.as_mut_ptr();
                *items = obj;
                *items.add(1) = ev;
            }
        }
        return Ok(p.ret);
    }
    Ok(Value::NULL)
}

fn poll_print(_vm: &mut Vm, buf: &mut Buf, _v: Value, _kind: PrintKind) -> PyResult<()> {
    buf.push_str("<poll>");
    Ok(())
}

static REGISTER: BuiltinFn = BuiltinFn::var(2, 3, m_register);
static UNREGISTER: BuiltinFn = BuiltinFn::f2(m_unregister);
static MODIFY: BuiltinFn = BuiltinFn::f3(m_modify);
static POLL: BuiltinFn = BuiltinFn::var(1, 2, m_poll);
static IPOLL: BuiltinFn = BuiltinFn::var(1, 3, m_ipoll);

static POLL_METHODS: &[Attr] = &[
    Attr::new(q!("ipoll"), IPOLL.value()),
    Attr::new(q!("modify"), MODIFY.value()),
    Attr::new(q!("poll"), POLL.value()),
    Attr::new(q!("register"), REGISTER.value()),
    Attr::new(q!("unregister"), UNREGISTER.value()),
];

/// `select.poll()`.
static NEW_POLL: BuiltinFn = BuiltinFn::f0(|vm| {
    vm.new_obj(PollObj {
        base: ObjHeader::new(&POLL_TYPE),
        entries: core::ptr::null_mut(),
        len: 0,
        cap: 0,
        iter_pos: 0,
        iter_flags: 0,
        ret: Value::NULL,
    })
});

/// Fills the `select` module.
pub fn init(vm: &mut Vm, g: Value) -> PyResult<()> {
    crate::modutil::fill(
        vm,
        g,
        &[
            (b"poll", NEW_POLL.value()),
            (b"POLLIN", Value::small_int(POLLIN as isize)),
            (b"POLLOUT", Value::small_int(POLLOUT as isize)),
            (b"POLLERR", Value::small_int(POLLERR as isize)),
            (b"POLLHUP", Value::small_int(POLLHUP as isize)),
        ],
    )
}
