//! The virtual filesystem: a mount table of filesystem objects and path resolution.
//!
//! A mount is any object with MicroPython's filesystem protocol (`open`, `stat`, `ilistdir`,
//! `mkdir`, `remove`, `rename`, `rmdir`, `chdir`, `getcwd`, `mount`, `umount`), including
//! ones written in Python. Paths outside every mount go to the port's host filesystem (the
//! `VfsPosix` at `/` of MicroPython's unix port), unchanged, so relative paths follow the
//! process's current directory.

use crate::buf::Buf;
use crate::error::{Exc, PyResult};
use crate::fsport::{OpenMode, Stat};
use crate::objexc::OS_ERROR;
use crate::q;
use crate::value::Value;
use crate::vm::Vm;
use crate::{objlist, objstr, objtuple};

/// Where a path lives.
pub enum Place {
    /// The host filesystem, at this path.
    Host(Buf),
    /// A mounted filesystem object, at this path relative to its mount point.
    Mounted(Value, Buf),
}

/// `OSError(errno)`.
#[cold]
pub fn os_error(vm: &mut Vm, errno: i32) -> Exc {
    match crate::objexc::new_exception_args(vm, &OS_ERROR, &[Value::small_int(errno as isize)]) {
        Ok(e) => Exc(e),
        Err(e) => e,
    }
}

/// The mount table: a list of `(mount point, filesystem)` tuples, created on first use.
pub fn mounts(vm: &mut Vm) -> PyResult {
    if vm.mounts.is_null() {
        vm.mounts = objlist::new_list(vm, &[])?;
    }
    Ok(vm.mounts)
}

/// Absolute form of `path` when the current directory is inside a mount.
fn absolute(vm: &mut Vm, path: &[u8]) -> PyResult<Buf> {
    let mut b = Buf::new();
    if !path.starts_with(b"/") {
        if let Some(cwd) = objstr::str_bytes(vm, vm.cwd) {
            b.push_bytes(cwd);
            if !cwd.ends_with(b"/") {
                b.push(b'/');
            }
        }
    }
    b.push_bytes(path);
    if b.oom {
        return Err(vm.memory_error());
    }
    Ok(b)
}

/// Finds the filesystem responsible for `path`.
pub fn resolve(vm: &mut Vm, path: &[u8]) -> PyResult<Place> {
    let abs = absolute(vm, path)?;
    let table = mounts(vm)?;
    let mut best: Option<(usize, Value)> = None;
    for &entry in objlist::list_items(table) {
        let items = objtuple::tuple_items(entry);
        let (Some(&mp), Some(&fs)) = (items.first(), items.get(1)) else {
            continue;
        };
        let Some(m) = objstr::str_bytes(vm, mp) else {
            continue;
        };
        let a = abs.as_bytes();
        let inside = m == b"/" || a == m || (a.starts_with(m) && a.get(m.len()) == Some(&b'/'));
        if inside && best.is_none_or(|(n, _)| m.len() > n) {
            best = Some((m.len(), fs));
        }
    }
    match best {
        Some((n, fs)) => {
            let mut rel = Buf::new();
            let rest = &abs.as_bytes()[if n == 1 { 0 } else { n }..];
            rel.push_bytes(if rest.is_empty() { b"/" } else { rest });
            Ok(Place::Mounted(fs, rel))
        }
        None => {
            let mut b = Buf::new();
            b.push_bytes(path);
            Ok(Place::Host(b))
        }
    }
}

/// Calls `fs.method(*args)`.
pub fn call_fs(vm: &mut Vm, fs: Value, method: crate::qstr::Qstr, args: &[Value]) -> PyResult {
    let mut dest = [Value::NULL; 2];
    vm.load_method(fs, method, &mut dest)?;
    vm.call_method(dest, args, &[])
}

/// The host filesystem, or `OSError(EOPNOTSUPP)` if the port has none.
pub fn host(vm: &mut Vm) -> PyResult<&mut dyn crate::fsport::FileSystem> {
    let port = vm.port_ptr();
    // SAFETY: the port outlives the VM; only its filesystem part is borrowed here, and the
    // VM never touches the filesystem while a caller holds this borrow.
    match unsafe { (*port.as_ptr()).filesystem() } {
        Some(fs) => Ok(fs),
        None => Err(os_error(vm, crate::fsport::errno::EOPNOTSUPP)),
    }
}

/// `stat` of a path: `Ok(None)` when it does not exist.
pub fn stat(vm: &mut Vm, path: &[u8]) -> PyResult<Option<Stat>> {
    match resolve(vm, path)? {
        Place::Host(p) => match host(vm)?.stat(p.as_bytes()) {
            Ok(s) => Ok(Some(s)),
            Err(_) => Ok(None),
        },
        Place::Mounted(fs, rel) => {
            let p = objstr::new_str(vm, rel.as_bytes())?;
            match call_fs(vm, fs, q!("stat"), &[p]) {
                Ok(t) => {
                    let items = objtuple::tuple_items(t);
                    let mode = items
                        .first()
                        .and_then(|&m| crate::objint::small_of(m))
                        .unwrap_or(0) as u32;
                    let size = items
                        .get(6)
                        .and_then(|&m| crate::objint::small_of(m))
                        .unwrap_or(0) as u64;
                    Ok(Some(Stat {
                        mode,
                        size,
                        mtime: 0,
                    }))
                }
                Err(e) if vm.is_instance(e.0, &OS_ERROR) => Ok(None),
                Err(e) => Err(e),
            }
        }
    }
}

/// Parses a Python `open` mode string.
pub fn parse_mode(vm: &mut Vm, mode: &[u8]) -> PyResult<(OpenMode, bool)> {
    let mut m = OpenMode::default();
    let mut binary = false;
    for &c in mode {
        match c {
            b'r' => m.read = true,
            b'w' => {
                m.write = true;
                m.create = true;
                m.truncate = true;
            }
            b'a' => {
                m.write = true;
                m.create = true;
                m.append = true;
            }
            b'x' => {
                m.write = true;
                m.create = true;
                m.exclusive = true;
            }
            b'+' => {
                m.read = true;
                m.write = true;
            }
            b'b' => binary = true,
            b't' => binary = false,
            _ => return Err(vm.value_error("invalid mode")),
        }
    }
    if !m.read && !m.write {
        m.read = true;
    }
    Ok((m, binary))
}

/// `open(path, mode)` on whichever filesystem holds `path`.
pub fn open(vm: &mut Vm, path: Value, mode: Value) -> PyResult {
    let p = match objstr::str_bytes(vm, path) {
        Some(p) => p,
        None => return Err(vm.type_error("expected a str path")),
    };
    let mode_bytes = objstr::str_bytes(vm, mode).unwrap_or(b"r");
    match resolve(vm, p)? {
        Place::Host(hp) => {
            let (m, binary) = parse_mode(vm, mode_bytes)?;
            let fd = host(vm)?
                .open(hp.as_bytes(), m)
                .map_err(|e| os_error(vm, e))?;
            crate::objfile::new_file(vm, fd, binary)
        }
        Place::Mounted(fs, rel) => {
            let r = objstr::new_str(vm, rel.as_bytes())?;
            call_fs(vm, fs, q!("open"), &[r, mode])
        }
    }
}

/// Reads a whole file through the VFS (host files directly; mounted ones via their stream's
/// `readinto`, or `read`).
pub fn read_all(vm: &mut Vm, path: &[u8], out: &mut Buf) -> PyResult<()> {
    match resolve(vm, path)? {
        Place::Host(hp) => {
            let fs = host(vm)?;
            let fd = fs
                .open(
                    hp.as_bytes(),
                    OpenMode {
                        read: true,
                        ..OpenMode::default()
                    },
                )
                .map_err(|e| os_error(vm, e))?;
            let mut chunk = [0u8; 512];
            loop {
                let fs = host(vm)?;
                match fs.read(fd, &mut chunk) {
                    Ok(0) => break,
                    Ok(n) => {
                        if !out.push_bytes(&chunk[..n]) {
                            let _ = host(vm)?.close(fd);
                            return Err(vm.memory_error());
                        }
                    }
                    Err(e) => {
                        let _ = host(vm)?.close(fd);
                        return Err(os_error(vm, e));
                    }
                }
            }
            let _ = host(vm)?.close(fd);
            Ok(())
        }
        Place::Mounted(fs, rel) => {
            let r = objstr::new_str(vm, rel.as_bytes())?;
            let rb = objstr::new_str(vm, b"rb")?;
            let f = call_fs(vm, fs, q!("open"), &[r, rb])?;
            read_stream(vm, f, out)?;
            if let Some(close) = vm.load_method_opt(f, q!("close"))? {
                vm.call_method(close, &[], &[])?;
            }
            Ok(())
        }
    }
}

/// Reads a stream object to its end (the stream protocol: `readinto`, else `read`).
pub fn read_stream(vm: &mut Vm, f: Value, out: &mut Buf) -> PyResult<()> {
    if let Some(readinto) = vm.load_method_opt(f, q!("readinto"))? {
        let chunk = crate::objarray::new_bytearray(vm, &[0u8; 256])?;
        loop {
            let n = vm.call_method(readinto, &[chunk], &[])?;
            let n = crate::objint::small_of(n).unwrap_or(0).max(0) as usize;
            if n == 0 {
                return Ok(());
            }
            let data = crate::objarray::bytearray_bytes(chunk);
            if !out.push_bytes(&data[..n.min(data.len())]) {
                return Err(vm.memory_error());
            }
        }
    }
    let data = call_fs(vm, f, q!("read"), &[])?;
    let bytes = objstr::str_bytes(vm, data)
        .or_else(|| crate::objarray::buffer_bytes(data))
        .unwrap_or(&[]);
    if !out.push_bytes(bytes) {
        return Err(vm.memory_error());
    }
    Ok(())
}
