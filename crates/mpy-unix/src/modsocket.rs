//! The unix port's `socket` module (alias `usocket`), as MicroPython's unix port has it:
//! BSD sockets over the C library, with addresses as raw `sockaddr` bytes (what
//! `getaddrinfo` returns and `bind`/`connect`/`sendto` take; `sockaddr()` decodes one).
//!
//! Sockets are streams: `read`/`readinto`/`readline`/`write` follow MicroPython's stream rules
//! (a non-blocking stream returns `None` when nothing can be done), and `select.poll` waits
//! on them through their descriptor.
//!
//! The descriptor itself is always in non-blocking mode; a socket in blocking mode (the
//! default, or with `settimeout`) waits in `select`'s interruptible wait and tries again.
//! That keeps every wait responsive to Ctrl-C (the interpreter's SIGINT handler restarts
//! blocking calls) and gives timeouts without `SO_RCVTIMEO`. A wait that times out raises
//! `OSError(EAGAIN)`, the error MicroPython's unix sockets give.

use std::ffi::CString;

use mpy_vm::buf::Buf;
use mpy_vm::error::{Exc, PyResult};
use mpy_vm::modselect::{POLLIN, POLLOUT, ioctl, wait_fd};
use mpy_vm::modutil::{get_bytes, get_float, get_int, os_error};
use mpy_vm::obj::ObjHeader;
use mpy_vm::objfun::BuiltinFn;
use mpy_vm::port::PollFd;
use mpy_vm::q;
use mpy_vm::types::{Attr, PrintKind, Type};
use mpy_vm::{Value, Vm};

/// A socket object.
#[repr(C)]
pub struct SocketObj {
    /// Header.
    pub base: ObjHeader,
    /// The descriptor (-1 once closed).
    pub fd: isize,
    /// Whether operations wait until they can be done.
    pub blocking: bool,
    /// Longest wait of one operation in blocking mode, in milliseconds (`None`: no limit).
    pub timeout_ms: Option<u64>,
}

/// The `socket.socket` type.
pub static SOCKET_TYPE: Type = Type {
    make_new: Some(socket_make_new),
    print: Some(socket_print),
    ioctl: Some(socket_ioctl),
    methods: SOCKET_METHODS,
    ..Type::new(q!("socket"))
};

/// Bytes moved per system call when the caller gave no size.
const CHUNK: usize = 4096;

fn last_errno() -> i32 {
    std::io::Error::last_os_error()
        .raw_os_error()
        .unwrap_or(libc::EIO)
}

fn err(vm: &mut Vm, e: i32) -> Exc {
    os_error(vm, e as isize)
}

fn sock<'a>(vm: &mut Vm, v: Value) -> PyResult<&'a mut SocketObj> {
    if !v.is_type(&SOCKET_TYPE) {
        return Err(vm.type_error("expected a socket"));
    }
    // SAFETY: checked socket object.
    Ok(unsafe { &mut *v.as_ptr::<SocketObj>() })
}

/// The descriptor of an open socket, else `OSError(EBADF)`.
fn open_fd(vm: &mut Vm, v: Value) -> PyResult<i32> {
    let fd = sock(vm, v)?.fd;
    if fd < 0 {
        return Err(err(vm, libc::EBADF));
    }
    Ok(fd as i32)
}

fn set_nonblocking(fd: i32) -> Result<(), i32> {
    // SAFETY: fcntl on a descriptor this module owns; no memory is passed.
    unsafe {
        let fl = libc::fcntl(fd, libc::F_GETFL);
        if fl < 0 || libc::fcntl(fd, libc::F_SETFL, fl | libc::O_NONBLOCK) < 0 {
            return Err(last_errno());
        }
    }
    Ok(())
}

fn new_socket(vm: &mut Vm, fd: i32) -> PyResult {
    vm.new_obj(SocketObj {
        base: ObjHeader::new(&SOCKET_TYPE),
        fd: fd as isize,
        blocking: true,
        timeout_ms: None,
    })
}

fn socket_make_new(vm: &mut Vm, _ty: &'static Type, args: &[Value], kw: &[Value]) -> PyResult {
    if !kw.is_empty() {
        return Err(vm.type_error("function doesn't take keyword arguments"));
    }
    if args.len() > 3 {
        return Err(vm.type_error_fmt(format_args!(
            "function expected at most 3 arguments, got {}",
            args.len()
        )));
    }
    let family = match args.first() {
        Some(&a) => get_int(vm, a)? as i32,
        None => libc::AF_INET,
    };
    let kind = match args.get(1) {
        Some(&a) => get_int(vm, a)? as i32,
        None => libc::SOCK_STREAM,
    };
    let proto = match args.get(2) {
        Some(&a) => get_int(vm, a)? as i32,
        None => 0,
    };
    // SAFETY: plain system call with integer arguments.
    let fd = unsafe { libc::socket(family, kind | libc::SOCK_CLOEXEC, proto) };
    if fd < 0 {
        return Err(err(vm, last_errno()));
    }
    if let Err(e) = set_nonblocking(fd) {
        // SAFETY: the descriptor was just created here and is not shared.
        unsafe { libc::close(fd) };
        return Err(err(vm, e));
    }
    new_socket(vm, fd)
}

fn socket_print(_vm: &mut Vm, buf: &mut Buf, v: Value, _kind: PrintKind) -> PyResult<()> {
    // SAFETY: this slot is only reached for socket objects.
    let fd = unsafe { (*v.as_ptr::<SocketObj>()).fd };
    let _ = core::fmt::Write::write_fmt(buf, format_args!("<_socket {fd}>"));
    Ok(())
}

/// Stream control: the descriptor for `select.poll`, and readiness for direct asks.
fn socket_ioctl(vm: &mut Vm, v: Value, req: usize, arg: usize) -> PyResult<isize> {
    let fd = sock(vm, v)?.fd;
    match req {
        ioctl::GET_FILENO => Ok(fd),
        ioctl::POLL => {
            if fd < 0 {
                return Ok(0x20); // POLLNVAL, as poll(2) reports for a closed descriptor
            }
            let mut one = [PollFd {
                fd: fd as i32,
                events: arg as u16,
                revents: 0,
            }];
            match vm.port().poll_fds(&mut one, 0) {
                Ok(_) => Ok(one[0].revents as isize),
                Err(e) => Ok(-(e as isize)),
            }
        }
        _ => Ok(-(libc::EINVAL as isize)),
    }
}

/// Runs `op` (a system call on the non-blocking descriptor: a count or -1 and `errno`) until
/// it succeeds. When it would block, a socket in blocking mode waits for `events` and tries
/// again; `Ok(None)` means it would block and may not wait (non-blocking mode, `dontwait`, or
/// the timeout passed). Other errors are raised.
fn retry(
    vm: &mut Vm,
    v: Value,
    events: u16,
    dontwait: bool,
    op: &mut dyn FnMut(i32) -> isize,
) -> PyResult<Option<usize>> {
    let start = vm.port().ticks_ms();
    loop {
        let fd = open_fd(vm, v)?;
        let n = op(fd);
        if n >= 0 {
            return Ok(Some(n as usize));
        }
        let e = last_errno();
        if e == libc::EINTR {
            vm.check_interrupts()?;
            continue;
        }
        if e != libc::EAGAIN && e != libc::EWOULDBLOCK {
            return Err(err(vm, e));
        }
        let s = sock(vm, v)?;
        if dontwait || !s.blocking {
            return Ok(None);
        }
        let left = s.timeout_ms.map(|t| {
            let elapsed = vm.port().ticks_ms().wrapping_sub(start);
            t.saturating_sub(elapsed)
        });
        if left == Some(0) || wait_fd(vm, fd, events, left)? == 0 {
            return Ok(None);
        }
    }
}

/// The result of [`retry`] for the socket methods: "would block" is `OSError(EAGAIN)`.
fn must(vm: &mut Vm, r: Option<usize>) -> PyResult<usize> {
    r.ok_or_else(|| err(vm, libc::EAGAIN))
}

fn flags_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<i32> {
    match v {
        Some(&f) => Ok(get_int(vm, f)? as i32),
        None => Ok(0),
    }
}

fn recv_into(vm: &mut Vm, v: Value, dst: &mut [u8], flags: i32) -> PyResult<Option<usize>> {
    let (ptr, len) = (dst.as_mut_ptr(), dst.len());
    retry(vm, v, POLLIN, flags & libc::MSG_DONTWAIT != 0, &mut |fd| {
        // SAFETY: `ptr` is valid for `len` writable bytes for the duration of the call.
        unsafe { libc::recv(fd, ptr.cast(), len, flags) }
    })
}

fn send_from(vm: &mut Vm, v: Value, src: &[u8], flags: i32) -> PyResult<Option<usize>> {
    let (ptr, len) = (src.as_ptr(), src.len());
    // MSG_NOSIGNAL: a peer that went away is an EPIPE error, not a process-killing SIGPIPE.
    let flags = flags | libc::MSG_NOSIGNAL;
    retry(vm, v, POLLOUT, flags & libc::MSG_DONTWAIT != 0, &mut |fd| {
        // SAFETY: `ptr` is valid for `len` readable bytes for the duration of the call.
        unsafe { libc::send(fd, ptr.cast(), len, flags) }
    })
}

/// A managed block of `n` bytes to receive into (the Python heap, as all VM memory).
fn scratch<'a>(vm: &mut Vm, n: usize) -> PyResult<&'a mut [u8]> {
    let p = vm.alloc_bytes(n)?;
    // SAFETY: a fresh block of at least `n` bytes, kept alive by the pointer on the stack
    // until the caller has copied out of it.
    Ok(unsafe { std::slice::from_raw_parts_mut(p, n) })
}

fn size_arg(vm: &mut Vm, v: Value) -> PyResult<usize> {
    let n = get_int(vm, v)?;
    Ok(n.max(0) as usize)
}

fn m_recv(vm: &mut Vm, a: &[Value]) -> PyResult {
    let n = size_arg(vm, a[1])?;
    let flags = flags_arg(vm, a.get(2))?;
    let buf = scratch(vm, n)?;
    let r = recv_into(vm, a[0], buf, flags)?;
    let k = must(vm, r)?;
    mpy_vm::objstr::new_bytes(vm, &buf[..k])
}

fn m_recvfrom(vm: &mut Vm, a: &[Value]) -> PyResult {
    let n = size_arg(vm, a[1])?;
    let flags = flags_arg(vm, a.get(2))?;
    let buf = scratch(vm, n)?;
    // SAFETY: all-zero is a valid sockaddr_storage.
    let mut addr: libc::sockaddr_storage = unsafe { std::mem::zeroed() };
    let mut alen = size_of::<libc::sockaddr_storage>() as libc::socklen_t;
    let (ptr, len) = (buf.as_mut_ptr(), buf.len());
    let (ap, alp) = ((&raw mut addr).cast::<libc::sockaddr>(), &raw mut alen);
    let r = retry(
        vm,
        a[0],
        POLLIN,
        flags & libc::MSG_DONTWAIT != 0,
        &mut |fd| {
            // SAFETY: the data buffer and the address storage are valid for their lengths.
            unsafe {
                *alp = size_of::<libc::sockaddr_storage>() as libc::socklen_t;
                libc::recvfrom(fd, ptr.cast(), len, flags, ap, alp)
            }
        },
    )?;
    let k = must(vm, r)?;
    let data = mpy_vm::objstr::new_bytes(vm, &buf[..k])?;
    // SAFETY: the kernel filled `alen` bytes of the storage.
    let abytes = unsafe { std::slice::from_raw_parts(ap.cast::<u8>(), alen as usize) };
    let addr_v = mpy_vm::objstr::new_bytes(vm, abytes)?;
    mpy_vm::objtuple::new_tuple(vm, &[data, addr_v])
}

fn m_send(vm: &mut Vm, a: &[Value]) -> PyResult {
    let data = get_bytes(vm, a[1])?;
    let flags = flags_arg(vm, a.get(2))?;
    let r = send_from(vm, a[0], data, flags)?;
    let n = must(vm, r)?;
    Ok(Value::small_int(n as isize))
}

fn m_sendall(vm: &mut Vm, a: &[Value]) -> PyResult {
    let data = get_bytes(vm, a[1])?;
    let flags = flags_arg(vm, a.get(2))?;
    let mut done = 0;
    while done < data.len() {
        let r = send_from(vm, a[0], &data[done..], flags)?;
        done += must(vm, r)?;
    }
    Ok(Value::NONE)
}

fn m_sendto(vm: &mut Vm, a: &[Value]) -> PyResult {
    let data = get_bytes(vm, a[1])?;
    let (flags, addr) = match a.len() {
        3 => (0, a[2]),
        _ => (flags_arg(vm, Some(&a[2]))?, a[3]),
    };
    let addr = get_bytes(vm, addr)?;
    let (ptr, len) = (data.as_ptr(), data.len());
    let (ap, alen) = (addr.as_ptr(), addr.len() as libc::socklen_t);
    let flags = flags | libc::MSG_NOSIGNAL;
    let r = retry(
        vm,
        a[0],
        POLLOUT,
        flags & libc::MSG_DONTWAIT != 0,
        &mut |fd| {
            // SAFETY: data and address buffers are valid for their lengths during the call.
            unsafe { libc::sendto(fd, ptr.cast(), len, flags, ap.cast(), alen) }
        },
    )?;
    let n = must(vm, r)?;
    Ok(Value::small_int(n as isize))
}

fn m_bind(vm: &mut Vm, s: Value, addr: Value) -> PyResult {
    let fd = open_fd(vm, s)?;
    let addr = get_bytes(vm, addr)?;
    // SAFETY: the address buffer is valid for its length during the call.
    let r = unsafe { libc::bind(fd, addr.as_ptr().cast(), addr.len() as libc::socklen_t) };
    if r < 0 {
        return Err(err(vm, last_errno()));
    }
    Ok(Value::NONE)
}

fn m_listen(vm: &mut Vm, a: &[Value]) -> PyResult {
    let fd = open_fd(vm, a[0])?;
    let backlog = match a.get(1) {
        Some(&b) => get_int(vm, b)?.clamp(0, i64::from(i32::MAX)) as i32,
        None => libc::SOMAXCONN,
    };
    // SAFETY: plain system call with integer arguments.
    if unsafe { libc::listen(fd, backlog) } < 0 {
        return Err(err(vm, last_errno()));
    }
    Ok(Value::NONE)
}

fn m_accept(vm: &mut Vm, s: Value) -> PyResult {
    // SAFETY: all-zero is a valid sockaddr_storage.
    let mut addr: libc::sockaddr_storage = unsafe { std::mem::zeroed() };
    let mut alen = size_of::<libc::sockaddr_storage>() as libc::socklen_t;
    let (ap, alp) = ((&raw mut addr).cast::<libc::sockaddr>(), &raw mut alen);
    let r = retry(vm, s, POLLIN, false, &mut |fd| {
        // SAFETY: the address storage is valid for its length during the call.
        unsafe {
            *alp = size_of::<libc::sockaddr_storage>() as libc::socklen_t;
            libc::accept4(fd, ap, alp, libc::SOCK_CLOEXEC | libc::SOCK_NONBLOCK) as isize
        }
    })?;
    let fd = must(vm, r)? as i32;
    let conn = new_socket(vm, fd)?;
    // SAFETY: the kernel filled `alen` bytes of the storage.
    let abytes = unsafe {
        std::slice::from_raw_parts(ap.cast::<u8>(), (alen as usize).min(size_of_val(&addr)))
    };
    let addr_v = mpy_vm::objarray::new_bytearray(vm, abytes)?;
    mpy_vm::objtuple::new_tuple(vm, &[conn, addr_v])
}

fn m_connect(vm: &mut Vm, s: Value, addr: Value) -> PyResult {
    let fd = open_fd(vm, s)?;
    let addr = get_bytes(vm, addr)?;
    // SAFETY: the address buffer is valid for its length during the call.
    let r = unsafe { libc::connect(fd, addr.as_ptr().cast(), addr.len() as libc::socklen_t) };
    if r == 0 {
        return Ok(Value::NONE);
    }
    let e = last_errno();
    let so = sock(vm, s)?;
    if (e != libc::EINPROGRESS && e != libc::EINTR) || !so.blocking {
        return Err(err(vm, e));
    }
    // The connection goes on in the background: wait until it is writable, then ask how
    // it went.
    let timeout = so.timeout_ms;
    if wait_fd(vm, fd, POLLOUT, timeout)? == 0 {
        return Err(err(vm, libc::EINPROGRESS));
    }
    let mut so_err: libc::c_int = 0;
    let mut len = size_of::<libc::c_int>() as libc::socklen_t;
    // SAFETY: `so_err` and `len` are valid for writing an int option.
    let r = unsafe {
        libc::getsockopt(
            fd,
            libc::SOL_SOCKET,
            libc::SO_ERROR,
            (&raw mut so_err).cast(),
            &mut len,
        )
    };
    if r < 0 {
        return Err(err(vm, last_errno()));
    }
    if so_err != 0 {
        return Err(err(vm, so_err));
    }
    Ok(Value::NONE)
}

fn m_setsockopt(vm: &mut Vm, a: &[Value]) -> PyResult {
    let fd = open_fd(vm, a[0])?;
    let level = get_int(vm, a[1])? as i32;
    let opt = get_int(vm, a[2])? as i32;
    let int_val: libc::c_int;
    // An int option value, or the raw bytes of a structured one (`struct linger`, ...).
    let (ptr, len): (*const u8, usize) = match mpy_vm::modutil::get_buffer(vm, a[3], false) {
        Some(b) => (b.ptr, b.len),
        None => {
            int_val = get_int(vm, a[3])? as libc::c_int;
            ((&raw const int_val).cast(), size_of::<libc::c_int>())
        }
    };
    // SAFETY: the option value is valid for `len` bytes during the call.
    let r = unsafe { libc::setsockopt(fd, level, opt, ptr.cast(), len as libc::socklen_t) };
    if r < 0 {
        return Err(err(vm, last_errno()));
    }
    Ok(Value::NONE)
}

fn m_setblocking(vm: &mut Vm, s: Value, flag: Value) -> PyResult {
    let flag = vm.is_true(flag)?;
    let so = sock(vm, s)?;
    so.blocking = flag;
    so.timeout_ms = None;
    Ok(Value::NONE)
}

fn m_settimeout(vm: &mut Vm, s: Value, t: Value) -> PyResult {
    let timeout = if t == Value::NONE {
        None
    } else {
        let secs = get_float(vm, t)?;
        if secs.is_nan() || secs < 0.0 {
            return Err(vm.value_error("Timeout value out of range"));
        }
        Some((secs * 1000.0).min(u64::MAX as f64 / 2.0) as u64)
    };
    let so = sock(vm, s)?;
    match timeout {
        Some(0) => {
            so.blocking = false;
            so.timeout_ms = None;
        }
        t => {
            so.blocking = true;
            so.timeout_ms = t;
        }
    }
    Ok(Value::NONE)
}

fn m_fileno(vm: &mut Vm, s: Value) -> PyResult {
    let fd = sock(vm, s)?.fd;
    Ok(Value::small_int(fd))
}

fn m_close(vm: &mut Vm, s: Value) -> PyResult {
    let so = sock(vm, s)?;
    if so.fd >= 0 {
        let fd = so.fd as i32;
        so.fd = -1;
        // SAFETY: the socket owned this descriptor and gives it up here.
        unsafe { libc::close(fd) };
    }
    Ok(Value::NONE)
}

/// `makefile()`: the socket itself (it already is a stream; closing either closes both, as
/// MicroPython documents).
fn m_makefile(vm: &mut Vm, a: &[Value]) -> PyResult {
    sock(vm, a[0])?;
    Ok(a[0])
}

/// Stream read of up to `limit` bytes (`None`: to the end of the stream); `stop_at_newline`
/// for `readline`. Returns `None` when a non-blocking socket had nothing at all.
fn stream_read(
    vm: &mut Vm,
    v: Value,
    limit: Option<usize>,
    stop_at_newline: bool,
    out: &mut Buf,
) -> PyResult<Option<()>> {
    let mut chunk = [0u8; CHUNK];
    loop {
        let want = match limit {
            Some(l) if out.len() >= l => return Ok(Some(())),
            Some(l) => (l - out.len()).min(CHUNK),
            None => CHUNK,
        };
        // A line is read a byte at a time so nothing after the newline is consumed.
        let want = if stop_at_newline { 1 } else { want };
        match recv_into(vm, v, &mut chunk[..want], 0)? {
            None if out.is_empty() => return Ok(None),
            None | Some(0) => return Ok(Some(())),
            Some(n) => {
                if !out.push_bytes(&chunk[..n]) {
                    return Err(vm.memory_error());
                }
                if stop_at_newline && chunk[0] == b'\n' {
                    return Ok(Some(()));
                }
            }
        }
    }
}

fn optional_limit(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<usize>> {
    match v {
        Some(&n) if n != Value::NONE => {
            let n = get_int(vm, n)?;
            Ok((n >= 0).then_some(n as usize))
        }
        _ => Ok(None),
    }
}

fn m_read(vm: &mut Vm, a: &[Value]) -> PyResult {
    let limit = optional_limit(vm, a.get(1))?;
    let mut out = Buf::new();
    match stream_read(vm, a[0], limit, false, &mut out)? {
        Some(()) => mpy_vm::objstr::new_bytes(vm, out.as_bytes()),
        None => Ok(Value::NONE),
    }
}

fn m_readline(vm: &mut Vm, a: &[Value]) -> PyResult {
    let limit = optional_limit(vm, a.get(1))?;
    let mut out = Buf::new();
    match stream_read(vm, a[0], limit, true, &mut out)? {
        Some(()) => mpy_vm::objstr::new_bytes(vm, out.as_bytes()),
        None => Ok(Value::NONE),
    }
}

fn m_readinto(vm: &mut Vm, a: &[Value]) -> PyResult {
    let Some(info) = mpy_vm::modutil::get_buffer(vm, a[1], true) else {
        return Err(vm.type_error("object with buffer protocol required"));
    };
    let mut n = info.len;
    if let Some(l) = optional_limit(vm, a.get(2))? {
        n = n.min(l);
    }
    // SAFETY: the buffer protocol vouches for `len` writable bytes at `ptr`; the object is
    // an argument, so it stays alive during the call.
    let dst = unsafe { std::slice::from_raw_parts_mut(info.ptr, n) };
    let mut done = 0;
    while done < n {
        match recv_into(vm, a[0], &mut dst[done..], 0)? {
            None if done == 0 => return Ok(Value::NONE),
            None | Some(0) => break,
            Some(k) => done += k,
        }
    }
    Ok(Value::small_int(done as isize))
}

fn m_write(vm: &mut Vm, a: &[Value]) -> PyResult {
    let data = get_bytes(vm, a[1])?;
    let mut done = 0;
    while done < data.len() {
        match send_from(vm, a[0], &data[done..], 0)? {
            None if done == 0 => return Ok(Value::NONE),
            None => break,
            Some(k) => done += k,
        }
    }
    Ok(Value::small_int(done as isize))
}

static RECV: BuiltinFn = BuiltinFn::var(2, 3, m_recv);
static RECVFROM: BuiltinFn = BuiltinFn::var(2, 3, m_recvfrom);
static SEND: BuiltinFn = BuiltinFn::var(2, 3, m_send);
static SENDALL: BuiltinFn = BuiltinFn::var(2, 3, m_sendall);
static SENDTO: BuiltinFn = BuiltinFn::var(3, 4, m_sendto);
static BIND: BuiltinFn = BuiltinFn::f2(m_bind);
static LISTEN: BuiltinFn = BuiltinFn::var(1, 2, m_listen);
static ACCEPT: BuiltinFn = BuiltinFn::f1(m_accept);
static CONNECT: BuiltinFn = BuiltinFn::f2(m_connect);
static SETSOCKOPT: BuiltinFn = BuiltinFn::var(4, 4, m_setsockopt);
static SETBLOCKING: BuiltinFn = BuiltinFn::f2(m_setblocking);
static SETTIMEOUT: BuiltinFn = BuiltinFn::f2(m_settimeout);
static FILENO: BuiltinFn = BuiltinFn::f1(m_fileno);
static CLOSE: BuiltinFn = BuiltinFn::f1(m_close);
static MAKEFILE: BuiltinFn = BuiltinFn::var(1, 3, m_makefile);
static READ: BuiltinFn = BuiltinFn::var(1, 2, m_read);
static READINTO: BuiltinFn = BuiltinFn::var(2, 3, m_readinto);
static READLINE: BuiltinFn = BuiltinFn::var(1, 2, m_readline);
static WRITE: BuiltinFn = BuiltinFn::var(2, 2, m_write);

static SOCKET_METHODS: &[Attr] = &[
    Attr::new(q!("close"), CLOSE.value()),
    Attr::new(q!("read"), READ.value()),
    Attr::new(q!("readinto"), READINTO.value()),
    Attr::new(q!("readline"), READLINE.value()),
    Attr::new(q!("send"), SEND.value()),
    Attr::new(q!("write"), WRITE.value()),
    Attr::new(q!("accept"), ACCEPT.value()),
    Attr::new(q!("bind"), BIND.value()),
    Attr::new(q!("connect"), CONNECT.value()),
    Attr::new(q!("fileno"), FILENO.value()),
    Attr::new(q!("listen"), LISTEN.value()),
    Attr::new(q!("makefile"), MAKEFILE.value()),
    Attr::new(q!("recv"), RECV.value()),
    Attr::new(q!("recvfrom"), RECVFROM.value()),
    Attr::new(q!("sendall"), SENDALL.value()),
    Attr::new(q!("sendto"), SENDTO.value()),
    Attr::new(q!("setblocking"), SETBLOCKING.value()),
    Attr::new(q!("setsockopt"), SETSOCKOPT.value()),
    Attr::new(q!("settimeout"), SETTIMEOUT.value()),
];

/// A host name or service for `getaddrinfo`: str or bytes (`None` for "any").
fn c_string(vm: &mut Vm, v: Value) -> PyResult<Option<CString>> {
    if v == Value::NONE {
        return Ok(None);
    }
    let bytes: Vec<u8> = if mpy_vm::objint::is_int(v) {
        get_int(vm, v)?.to_string().into_bytes()
    } else {
        get_bytes(vm, v)?.to_vec()
    };
    CString::new(bytes)
        .map(Some)
        .map_err(|_| vm.value_error("embedded null character"))
}

/// `getaddrinfo(host, port, af=0, type=0, proto=0, flags=0)`: a list of
/// `(family, type, proto, canonname, sockaddr)` with the address as a `bytearray`.
fn getaddrinfo(vm: &mut Vm, a: &[Value]) -> PyResult {
    let host = c_string(vm, a[0])?;
    let service = c_string(vm, a[1])?;
    let mut hints_v = [0i32; 4];
    for (i, slot) in hints_v.iter_mut().enumerate() {
        if let Some(&x) = a.get(2 + i) {
            *slot = get_int(vm, x)? as i32;
        }
    }
    // SAFETY: all-zero is a valid addrinfo hint (null pointers, zero fields).
    let mut hints: libc::addrinfo = unsafe { std::mem::zeroed() };
    hints.ai_family = hints_v[0];
    hints.ai_socktype = hints_v[1];
    hints.ai_protocol = hints_v[2];
    hints.ai_flags = hints_v[3];
    let mut res: *mut libc::addrinfo = std::ptr::null_mut();
    // SAFETY: the strings are NUL-terminated and live across the call; `res` receives a list
    // freed below.
    let r = unsafe {
        libc::getaddrinfo(
            host.as_ref().map_or(std::ptr::null(), |h| h.as_ptr()),
            service.as_ref().map_or(std::ptr::null(), |s| s.as_ptr()),
            &hints,
            &mut res,
        )
    };
    if r != 0 {
        return Err(vm.exc_fmt(
            &mpy_vm::objexc::OS_ERROR,
            format_args!("[addrinfo error {r}]"),
        ));
    }
    let out = collect_addrinfo(vm, res);
    // SAFETY: the list came from getaddrinfo and is freed once.
    unsafe { libc::freeaddrinfo(res) };
    out
}

fn collect_addrinfo(vm: &mut Vm, mut p: *const libc::addrinfo) -> PyResult {
    let list = mpy_vm::objlist::new_list(vm, &[])?;
    while !p.is_null() {
        // SAFETY: a node of the list getaddrinfo returned, not yet freed.
        let ai = unsafe { &*p };
        let canon = if ai.ai_canonname.is_null() {
            Value::NONE
        } else {
            // SAFETY: a NUL-terminated string of the node.
            let c = unsafe { std::ffi::CStr::from_ptr(ai.ai_canonname) };
            mpy_vm::objstr::new_str(vm, c.to_bytes())?
        };
        // SAFETY: `ai_addr` points at `ai_addrlen` bytes of the node.
        let addr =
            unsafe { std::slice::from_raw_parts(ai.ai_addr.cast::<u8>(), ai.ai_addrlen as usize) };
        let addr = mpy_vm::objarray::new_bytearray(vm, addr)?;
        let t = mpy_vm::objtuple::new_tuple(
            vm,
            &[
                Value::small_int(ai.ai_family as isize),
                Value::small_int(ai.ai_socktype as isize),
                Value::small_int(ai.ai_protocol as isize),
                canon,
                addr,
            ],
        )?;
        mpy_vm::objlist::list_append(vm, list, t)?;
        p = ai.ai_next;
    }
    Ok(list)
}

/// `sockaddr(addr)`: decodes a raw address into `(AF_INET, ip bytes, port)` or
/// `(AF_INET6, ip bytes, port, flowinfo, scope_id)`.
fn sockaddr(vm: &mut Vm, v: Value) -> PyResult {
    let b = get_bytes(vm, v)?;
    let family = if b.len() >= 2 {
        i32::from(u16::from_ne_bytes([b[0], b[1]]))
    } else {
        -1
    };
    let port = |b: &[u8]| Value::small_int(u16::from_be_bytes([b[2], b[3]]) as isize);
    if family == libc::AF_INET && b.len() >= size_of::<libc::sockaddr_in>() {
        let ip = mpy_vm::objstr::new_bytes(vm, &b[4..8])?;
        return mpy_vm::objtuple::new_tuple(vm, &[Value::small_int(2), ip, port(b)]);
    }
    if family == libc::AF_INET6 && b.len() >= size_of::<libc::sockaddr_in6>() {
        let word = |i: usize| u32::from_ne_bytes([b[i], b[i + 1], b[i + 2], b[i + 3]]);
        let flow = mpy_vm::objint::from_u64(vm, u64::from(u32::from_be(word(4))))?;
        let scope = mpy_vm::objint::from_u64(vm, u64::from(word(24)))?;
        let ip = mpy_vm::objstr::new_bytes(vm, &b[8..24])?;
        return mpy_vm::objtuple::new_tuple(
            vm,
            &[
                Value::small_int(libc::AF_INET6 as isize),
                ip,
                port(b),
                flow,
                scope,
            ],
        );
    }
    Err(vm.value_error("unsupported or truncated socket address"))
}

/// `inet_pton(af, text)`: the packed form of an IPv4 or IPv6 address.
fn inet_pton(vm: &mut Vm, af: Value, text: Value) -> PyResult {
    let af = get_int(vm, af)? as i32;
    let text = get_bytes(vm, text)?;
    let text = std::str::from_utf8(text).unwrap_or("");
    match af {
        libc::AF_INET => match text.parse::<std::net::Ipv4Addr>() {
            Ok(ip) => mpy_vm::objstr::new_bytes(vm, &ip.octets()),
            Err(_) => Err(err(vm, libc::EINVAL)),
        },
        libc::AF_INET6 => match text.parse::<std::net::Ipv6Addr>() {
            Ok(ip) => mpy_vm::objstr::new_bytes(vm, &ip.octets()),
            Err(_) => Err(err(vm, libc::EINVAL)),
        },
        _ => Err(err(vm, libc::EAFNOSUPPORT)),
    }
}

/// `inet_ntop(af, packed)`: the text form of a packed IPv4 or IPv6 address.
fn inet_ntop(vm: &mut Vm, af: Value, packed: Value) -> PyResult {
    let af = get_int(vm, af)? as i32;
    let b = get_bytes(vm, packed)?;
    let text = match af {
        libc::AF_INET => <[u8; 4]>::try_from(b)
            .ok()
            .map(|o| std::net::Ipv4Addr::from(o).to_string()),
        libc::AF_INET6 => <[u8; 16]>::try_from(b)
            .ok()
            .map(|o| std::net::Ipv6Addr::from(o).to_string()),
        _ => return Err(err(vm, libc::EAFNOSUPPORT)),
    };
    match text {
        Some(t) => mpy_vm::objstr::new_str(vm, t.as_bytes()),
        None => Err(vm.value_error("invalid packed address length")),
    }
}

static GETADDRINFO: BuiltinFn = BuiltinFn::var(2, 6, getaddrinfo);
static SOCKADDR: BuiltinFn = BuiltinFn::f1(sockaddr);
static INET_PTON: BuiltinFn = BuiltinFn::f2(inet_pton);
static INET_NTOP: BuiltinFn = BuiltinFn::f2(inet_ntop);

/// Fills the `socket` module.
pub fn init(vm: &mut Vm, g: Value) -> PyResult<()> {
    let int = |n: i32| Value::small_int(n as isize);
    mpy_vm::modutil::fill(
        vm,
        g,
        &[
            (b"socket", SOCKET_TYPE.as_value()),
            (b"getaddrinfo", GETADDRINFO.value()),
            (b"sockaddr", SOCKADDR.value()),
            (b"inet_pton", INET_PTON.value()),
            (b"inet_ntop", INET_NTOP.value()),
            (b"AF_INET", int(libc::AF_INET)),
            (b"AF_INET6", int(libc::AF_INET6)),
            (b"AF_UNIX", int(libc::AF_UNIX)),
            (b"SOCK_STREAM", int(libc::SOCK_STREAM)),
            (b"SOCK_DGRAM", int(libc::SOCK_DGRAM)),
            (b"SOCK_RAW", int(libc::SOCK_RAW)),
            (b"SOL_SOCKET", int(libc::SOL_SOCKET)),
            (b"SO_BROADCAST", int(libc::SO_BROADCAST)),
            (b"SO_ERROR", int(libc::SO_ERROR)),
            (b"SO_KEEPALIVE", int(libc::SO_KEEPALIVE)),
            (b"SO_LINGER", int(libc::SO_LINGER)),
            (b"SO_REUSEADDR", int(libc::SO_REUSEADDR)),
            (b"MSG_DONTROUTE", int(libc::MSG_DONTROUTE)),
            (b"MSG_DONTWAIT", int(libc::MSG_DONTWAIT)),
            (b"MSG_PEEK", int(libc::MSG_PEEK)),
            (b"IP_ADD_MEMBERSHIP", int(libc::IP_ADD_MEMBERSHIP)),
            (b"IP_DROP_MEMBERSHIP", int(libc::IP_DROP_MEMBERSHIP)),
        ],
    )
}
