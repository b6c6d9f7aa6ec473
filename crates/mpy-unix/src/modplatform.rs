//! The `platform` module of the unix port: what the interpreter runs on, in MicroPython's
//! forms (`platform()`, `python_compiler()`, `libc_ver()`).

use mpy_vm::objfun::BuiltinFn;
use mpy_vm::{PyResult, Value, Vm};

/// The version of MicroPython this runtime implements (as `sys.implementation.version`).
const MICROPYTHON_VERSION: &str = "1.29.0";

#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn libc() -> (&'static str, String) {
    // SAFETY: glibc returns a static NUL-terminated string.
    let v = unsafe { std::ffi::CStr::from_ptr(libc::gnu_get_libc_version()) };
    ("glibc", v.to_string_lossy().into_owned())
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn libc() -> (&'static str, String) {
    ("", String::new())
}

fn system() -> &'static str {
    match std::env::consts::OS {
        "linux" => "Linux",
        "macos" => "Darwin",
        other => other,
    }
}

/// `platform()`: system, MicroPython version, machine and C library, dash-separated.
fn platform(vm: &mut Vm, _: &[Value]) -> PyResult {
    let (lib, ver) = libc();
    let s = format!(
        "{}-{MICROPYTHON_VERSION}-{}--with-{lib}{ver}",
        system(),
        std::env::consts::ARCH
    );
    mpy_vm::objstr::new_str(vm, s.as_bytes())
}

/// `python_compiler()`: the compiler that built the interpreter.
fn python_compiler(vm: &mut Vm, _: &[Value]) -> PyResult {
    mpy_vm::objstr::new_str(vm, env!("MPY_RUSTC_VERSION").as_bytes())
}

/// `libc_ver()`: `(library, version)`, empty strings when unknown.
fn libc_ver(vm: &mut Vm, _: &[Value]) -> PyResult {
    let (lib, ver) = libc();
    let a = mpy_vm::objstr::new_str(vm, lib.as_bytes())?;
    let b = mpy_vm::objstr::new_str(vm, ver.as_bytes())?;
    mpy_vm::objtuple::new_tuple(vm, &[a, b])
}

static PLATFORM: BuiltinFn = BuiltinFn::var(0, 0, platform);
static PYTHON_COMPILER: BuiltinFn = BuiltinFn::var(0, 0, python_compiler);
static LIBC_VER: BuiltinFn = BuiltinFn::var(0, 0, libc_ver);

/// Registers `platform` as a built-in module.
pub fn install(vm: &mut Vm) -> PyResult<()> {
    let name = vm.intern(b"platform")?;
    let m = mpy_vm::objmodule::new_module(vm, name)?;
    let g = mpy_vm::objmodule::module_globals(m);
    mpy_vm::modutil::fill(
        vm,
        g,
        &[
            (b"platform", PLATFORM.value()),
            (b"python_compiler", PYTHON_COMPILER.value()),
            (b"libc_ver", LIBC_VER.value()),
        ],
    )?;
    let reg = vm.builtin_modules;
    mpy_vm::objdict::dict_map(reg).set_qstr(vm, name, m)
}
