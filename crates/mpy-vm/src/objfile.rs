//! Files of the host filesystem: `io.TextIOWrapper` (text) and `io.FileIO` (binary).

use crate::buf::Buf;
use crate::error::PyResult;
use crate::obj::ObjHeader;
use crate::objfun::BuiltinFn;
use crate::q;
use crate::types::{Attr, PrintKind, Type, flags};
use crate::value::Value;
use crate::vfs::{host, os_error};
use crate::vm::Vm;

/// An open host file.
#[repr(C)]
pub struct FileObj {
    /// Header.
    pub base: ObjHeader,
    /// The host handle (-1 once closed).
    pub fd: isize,
}

/// Text files.
pub static TEXTIO_TYPE: Type = Type {
    flags: flags::ITER_IS_SELF,
    print: Some(file_print),
    iternext: Some(file_iternext),
    ioctl: Some(file_ioctl),
    methods: FILE_METHODS,
    ..Type::new(q!("TextIOWrapper"))
};

/// Binary files.
pub static FILEIO_TYPE: Type = Type {
    flags: flags::ITER_IS_SELF,
    print: Some(file_print),
    iternext: Some(file_iternext),
    ioctl: Some(file_ioctl),
    methods: FILE_METHODS,
    ..Type::new(q!("FileIO"))
};

/// Wraps a host handle.
pub fn new_file(vm: &mut Vm, fd: i32, binary: bool) -> PyResult {
    let ty = if binary { &FILEIO_TYPE } else { &TEXTIO_TYPE };
    vm.new_obj(FileObj {
        base: ObjHeader::new(ty),
        fd: fd as isize,
    })
}

fn obj(v: Value) -> &'static mut FileObj {
    // SAFETY: methods of the file types are only called on files.
    unsafe { &mut *v.as_ptr::<FileObj>() }
}

fn fd(vm: &mut Vm, v: Value) -> PyResult<i32> {
    if !v.is_type(&TEXTIO_TYPE) && !v.is_type(&FILEIO_TYPE) {
        return Err(vm.type_error("expected a file"));
    }
    let fd = obj(v).fd;
    if fd < 0 {
        return Err(os_error(vm, crate::fsport::errno::EBADF));
    }
    Ok(fd as i32)
}

/// Stream control: the host descriptor behind the file, so `select.poll` can wait on it.
fn file_ioctl(vm: &mut Vm, v: Value, req: usize, _arg: usize) -> PyResult<isize> {
    use crate::fsport::errno::{EBADF, EINVAL};
    if req != crate::modselect::ioctl::GET_FILENO {
        return Ok(-(EINVAL as isize));
    }
    let fd = obj(v).fd;
    if fd < 0 {
        return Ok(-(EBADF as isize));
    }
    Ok(host(vm)?
        .poll_fd(fd as i32)
        .map_or(-(EINVAL as isize), |d| d as isize))
}

fn is_text(v: Value) -> bool {
    v.is_type(&TEXTIO_TYPE)
}

fn file_print(_vm: &mut Vm, buf: &mut Buf, v: Value, _kind: PrintKind) -> PyResult<()> {
    let name = if is_text(v) {
        "TextIOWrapper"
    } else {
        "FileIO"
    };
    let _ = core::fmt::Write::write_fmt(buf, format_args!("<io.{name} {}>", obj(v).fd));
    Ok(())
}

fn make(vm: &mut Vm, v: Value, data: &[u8]) -> PyResult {
    if is_text(v) {
        crate::objstr::new_str(vm, data)
    } else {
        crate::objstr::new_bytes(vm, data)
    }
}

/// Reads up to `limit` bytes (all if `None`), stopping after a newline when `line`.
fn read_bytes(
    vm: &mut Vm,
    v: Value,
    limit: Option<usize>,
    line: bool,
    out: &mut Buf,
) -> PyResult<()> {
    let f = fd(vm, v)?;
    let mut chunk = [0u8; 512];
    loop {
        let want = match limit {
            Some(l) if out.len() >= l => return Ok(()),
            Some(l) => (l - out.len()).min(chunk.len()),
            None => chunk.len(),
        };
        let want = if line { 1 } else { want };
        let n = host(vm)?
            .read(f, &mut chunk[..want])
            .map_err(|e| os_error(vm, e))?;
        if n == 0 {
            return Ok(());
        }
        if !out.push_bytes(&chunk[..n]) {
            return Err(vm.memory_error());
        }
        if line && chunk[0] == b'\n' {
            return Ok(());
        }
    }
}

fn m_read(vm: &mut Vm, a: &[Value]) -> PyResult {
    let limit = a
        .get(1)
        .and_then(|&n| crate::objint::small_of(n))
        .filter(|&n| n >= 0)
        .map(|n| n as usize);
    let mut b = Buf::new();
    read_bytes(vm, a[0], limit, false, &mut b)?;
    make(vm, a[0], b.as_bytes())
}

fn m_readline(vm: &mut Vm, a: &[Value]) -> PyResult {
    let mut b = Buf::new();
    read_bytes(vm, a[0], None, true, &mut b)?;
    make(vm, a[0], b.as_bytes())
}

fn file_iternext(vm: &mut Vm, v: Value) -> PyResult {
    let mut b = Buf::new();
    read_bytes(vm, v, None, true, &mut b)?;
    if b.is_empty() {
        return Ok(Value::NULL);
    }
    make(vm, v, b.as_bytes())
}

fn m_readlines(vm: &mut Vm, v: Value) -> PyResult {
    let l = crate::objlist::new_list(vm, &[])?;
    loop {
        let line = file_iternext(vm, v)?;
        if line.is_null() {
            return Ok(l);
        }
        crate::objlist::list_append(vm, l, line)?;
    }
}

fn m_readinto(vm: &mut Vm, a: &[Value]) -> PyResult {
    let f = fd(vm, a[0])?;
    let Some(ty_buf) = vm.type_of(a[1]).buffer else {
        return Err(vm.type_error("object with buffer protocol required"));
    };
    let Some(info) = ty_buf(vm, a[1], true) else {
        return Err(vm.type_error("object with buffer protocol required"));
    };
    let n = a
        .get(2)
        .and_then(|&n| crate::objint::small_of(n))
        .map_or(info.len, |n| (n.max(0) as usize).min(info.len));
    // SAFETY: the buffer protocol vouches for `len` writable bytes at `ptr`.
    let dst = unsafe { core::slice::from_raw_parts_mut(info.ptr, n) };
    let mut done = 0;
    while done < n {
        let k = host(vm)?
            .read(f, &mut dst[done..])
            .map_err(|e| os_error(vm, e))?;
        if k == 0 {
            break;
        }
        done += k;
    }
    Ok(Value::small_int(done as isize))
}

fn m_write(vm: &mut Vm, v: Value, data: Value) -> PyResult {
    let f = fd(vm, v)?;
    let bytes = crate::objstr::str_bytes(vm, data).or_else(|| crate::objarray::buffer_bytes(data));
    let Some(bytes) = bytes else {
        return Err(vm.type_error("object with buffer protocol required"));
    };
    let mut done = 0;
    while done < bytes.len() {
        let k = host(vm)?
            .write(f, &bytes[done..])
            .map_err(|e| os_error(vm, e))?;
        if k == 0 {
            break;
        }
        done += k;
    }
    let n = if crate::objstr::is_str(data) {
        crate::strmethods::char_count(bytes)
    } else {
        done
    };
    Ok(Value::small_int(n as isize))
}

fn m_seek(vm: &mut Vm, a: &[Value]) -> PyResult {
    let f = fd(vm, a[0])?;
    let off = crate::objint::to_i64(a[1]).unwrap_or(0);
    let whence = a
        .get(2)
        .and_then(|&w| crate::objint::small_of(w))
        .unwrap_or(0) as u8;
    let pos = host(vm)?
        .seek(f, off, whence)
        .map_err(|e| os_error(vm, e))?;
    crate::objint::from_u64(vm, pos)
}

fn m_tell(vm: &mut Vm, v: Value) -> PyResult {
    let f = fd(vm, v)?;
    let pos = host(vm)?.seek(f, 0, 1).map_err(|e| os_error(vm, e))?;
    crate::objint::from_u64(vm, pos)
}

fn m_flush(vm: &mut Vm, v: Value) -> PyResult {
    let f = fd(vm, v)?;
    host(vm)?.flush(f).map_err(|e| os_error(vm, e))?;
    Ok(Value::NONE)
}

fn m_close(vm: &mut Vm, v: Value) -> PyResult {
    let o = obj(v);
    if o.fd >= 0 {
        let f = o.fd as i32;
        o.fd = -1;
        host(vm)?.close(f).map_err(|e| os_error(vm, e))?;
    }
    Ok(Value::NONE)
}

static READ: BuiltinFn = BuiltinFn::var(1, 2, m_read);
static READLINE: BuiltinFn = BuiltinFn::var(1, 2, m_readline);
static READLINES: BuiltinFn = BuiltinFn::f1(m_readlines);
static READINTO: BuiltinFn = BuiltinFn::var(2, 3, m_readinto);
static WRITE: BuiltinFn = BuiltinFn::f2(m_write);
static SEEK: BuiltinFn = BuiltinFn::var(2, 3, m_seek);
static TELL: BuiltinFn = BuiltinFn::f1(m_tell);
static FLUSH: BuiltinFn = BuiltinFn::f1(m_flush);
static CLOSE: BuiltinFn = BuiltinFn::f1(m_close);
static FILENO: BuiltinFn = BuiltinFn::f1(|vm, v| fd(vm, v).map(|f| Value::small_int(f as isize)));
static ENTER: BuiltinFn = BuiltinFn::f1(|_vm, v| Ok(v));
static EXIT: BuiltinFn = BuiltinFn::var(1, 4, |vm, a| m_close(vm, a[0]));

static FILE_METHODS: &[Attr] = &[
    Attr::new(q!("__enter__"), ENTER.value()),
    Attr::new(q!("__exit__"), EXIT.value()),
    Attr::new(q!("close"), CLOSE.value()),
    Attr::new(q!("fileno"), FILENO.value()),
    Attr::new(q!("flush"), FLUSH.value()),
    Attr::new(q!("read"), READ.value()),
    Attr::new(q!("readinto"), READINTO.value()),
    Attr::new(q!("readline"), READLINE.value()),
    Attr::new(q!("readlines"), READLINES.value()),
    Attr::new(q!("seek"), SEEK.value()),
    Attr::new(q!("tell"), TELL.value()),
    Attr::new(q!("write"), WRITE.value()),
];
