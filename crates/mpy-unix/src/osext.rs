//! The unix-only members of `os` (environment, `system`, `urandom`, `statvfs`, `errno`),
//! added to the VM's portable `os` module when the port starts.

use std::ffi::{CString, OsStr};
use std::io::Read;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::process::ExitStatusExt;

use mpy_vm::objfun::BuiltinFn;
use mpy_vm::{PyResult, Value, Vm};

fn text<'a>(vm: &mut Vm, v: Value, what: &str) -> PyResult<&'a [u8]> {
    match mpy_vm::objstr::str_bytes(vm, v) {
        Some(s) => Ok(s),
        None => Err(vm.type_error_fmt(format_args!("{what} must be a str"))),
    }
}

fn os_error(vm: &mut Vm, e: &std::io::Error) -> mpy_vm::Exc {
    mpy_vm::modutil::os_error(vm, e.raw_os_error().unwrap_or(5) as isize)
}

/// The value of environment variable `args[0]`, or the default (`None`).
fn getenv(vm: &mut Vm, args: &[Value]) -> PyResult {
    let key = text(vm, args[0], "key")?;
    match std::env::var_os(OsStr::from_bytes(key)) {
        Some(v) => mpy_vm::objstr::new_str(vm, v.as_bytes()),
        None => Ok(args.get(1).copied().unwrap_or(Value::NONE)),
    }
}

fn env_name(vm: &mut Vm, key: &[u8]) -> PyResult<()> {
    if key.is_empty() || key.contains(&b'=') || key.contains(&0) {
        return Err(mpy_vm::modutil::os_error(vm, 22));
    }
    Ok(())
}

fn putenv(vm: &mut Vm, args: &[Value]) -> PyResult {
    let key = text(vm, args[0], "key")?;
    let value = text(vm, args[1], "value")?;
    env_name(vm, key)?;
    if value.contains(&0) {
        return Err(mpy_vm::modutil::os_error(vm, 22));
    }
    // SAFETY: the interpreter is single-threaded; nothing reads the environment concurrently.
    unsafe { std::env::set_var(OsStr::from_bytes(key), OsStr::from_bytes(value)) };
    Ok(Value::NONE)
}

fn unsetenv(vm: &mut Vm, args: &[Value]) -> PyResult {
    let key = text(vm, args[0], "key")?;
    env_name(vm, key)?;
    // SAFETY: as for `putenv`.
    unsafe { std::env::remove_var(OsStr::from_bytes(key)) };
    Ok(Value::NONE)
}

/// Runs a shell command; returns the wait status as C's `system()` does (exit code << 8).
fn system(vm: &mut Vm, args: &[Value]) -> PyResult {
    let cmd = text(vm, args[0], "command")?;
    // The child writes to the same stdout: what we buffered must come first.
    vm.port().flush_stdout();
    match std::process::Command::new("/bin/sh")
        .arg("-c")
        .arg(OsStr::from_bytes(cmd))
        .status()
    {
        Ok(st) => Ok(Value::small_int(st.into_raw() as isize)),
        Err(_) => Ok(Value::small_int(-1)),
    }
}

/// `n` random bytes from the kernel.
fn urandom(vm: &mut Vm, args: &[Value]) -> PyResult {
    let n: i64 = mpy_vm::embed::FromPy::from_py(vm, args[0])?;
    let Ok(n) = usize::try_from(n) else {
        return Err(vm.value_error("negative count"));
    };
    let mut buf = vec![0u8; n];
    let r = std::fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(&mut buf));
    if let Err(e) = r {
        return Err(os_error(vm, &e));
    }
    mpy_vm::objstr::new_bytes(vm, &buf)
}

/// `errno()` reads the C library's last error; `errno(n)` sets it.
fn errno(vm: &mut Vm, args: &[Value]) -> PyResult {
    // SAFETY: the calling thread's errno slot.
    let slot = unsafe { libc::__errno_location() };
    if let Some(&v) = args.first() {
        let n: i64 = mpy_vm::embed::FromPy::from_py(vm, v)?;
        // SAFETY: as above.
        unsafe { *slot = n as i32 };
        return Ok(Value::NONE);
    }
    // SAFETY: as above.
    Ok(Value::small_int(unsafe { *slot } as isize))
}

/// Filesystem statistics as MicroPython's 10-tuple (bsize, frsize, blocks, bfree, bavail,
/// files, ffree, favail, flag, namemax).
fn os_statvfs(vm: &mut Vm, args: &[Value]) -> PyResult {
    let path = text(vm, args[0], "path")?;
    let Ok(c) = CString::new(path) else {
        return Err(mpy_vm::modutil::os_error(vm, 22));
    };
    // SAFETY: plain C struct of integers; all-zero is a valid value.
    let mut st: libc::statvfs = unsafe { std::mem::zeroed() };
    // SAFETY: a NUL-terminated path and a buffer of the C struct's layout.
    if unsafe { libc::statvfs(c.as_ptr(), &mut st) } != 0 {
        return Err(os_error(vm, &std::io::Error::last_os_error()));
    }
    let fields = [
        st.f_bsize as u64,
        st.f_frsize as u64,
        st.f_blocks as u64,
        st.f_bfree as u64,
        st.f_bavail as u64,
        st.f_files as u64,
        st.f_ffree as u64,
        st.f_favail as u64,
        st.f_flag as u64,
        st.f_namemax as u64,
    ];
    let mut items = [Value::NONE; 10];
    for (slot, f) in items.iter_mut().zip(fields) {
        *slot = mpy_vm::objint::from_i64(vm, f as i64)?;
    }
    mpy_vm::objtuple::new_tuple(vm, &items)
}

static GETENV: BuiltinFn = BuiltinFn::var(1, 2, getenv);
static PUTENV: BuiltinFn = BuiltinFn::var(2, 2, putenv);
static UNSETENV: BuiltinFn = BuiltinFn::var(1, 1, unsetenv);
static SYSTEM: BuiltinFn = BuiltinFn::var(1, 1, system);
static URANDOM: BuiltinFn = BuiltinFn::var(1, 1, urandom);
static ERRNO: BuiltinFn = BuiltinFn::var(0, 1, errno);
static STATVFS: BuiltinFn = BuiltinFn::var(1, 1, os_statvfs);

/// Adds the unix members to `os` (created now; importing it later finds them).
pub fn install(vm: &mut Vm) -> PyResult<()> {
    let q = vm.intern(b"os")?;
    let Some(os) = mpy_vm::objmodule::builtin_module(vm, q)? else {
        return Ok(());
    };
    let g = mpy_vm::objmodule::module_globals(os);
    mpy_vm::modutil::fill(
        vm,
        g,
        &[
            (b"getenv", GETENV.value()),
            (b"putenv", PUTENV.value()),
            (b"unsetenv", UNSETENV.value()),
            (b"system", SYSTEM.value()),
            (b"urandom", URANDOM.value()),
            (b"errno", ERRNO.value()),
            (b"statvfs", STATVFS.value()),
        ],
    )
}
