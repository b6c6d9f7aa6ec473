//! `sys.stdin` / `sys.stdout` / `sys.stderr` and their binary `.buffer`s: streams over the
//! port's console, with the methods of MicroPython's `io.TextIOWrapper` / `io.FileIO`.

use crate::buf::Buf;
use crate::error::PyResult;
use crate::obj::ObjHeader;
use crate::objfun::BuiltinFn;
use crate::q;
use crate::types::{Attr, PrintKind, Type, flags};
use crate::value::Value;
use crate::vm::Vm;

/// A console stream (0 stdin, 1 stdout, 2 stderr).
#[repr(C)]
pub struct Stream {
    /// Header.
    pub base: ObjHeader,
    /// Which stream.
    pub fd: usize,
}

/// The type of the text console streams (`sys.stdin`, `sys.stdout`, `sys.stderr`).
pub static STREAM_TYPE: Type = Type {
    print: Some(stream_print),
    attr: Some(stream_attr),
    iternext: Some(stream_iternext),
    ioctl: Some(stream_ioctl),
    methods: STREAM_METHODS,
    flags: flags::ITER_IS_SELF,
    ..Type::new(q!("TextIOWrapper"))
};

/// The type of their binary counterparts (`sys.stdin.buffer`, ...).
pub static BINARY_STREAM_TYPE: Type = Type {
    print: Some(stream_print),
    iternext: Some(stream_iternext),
    ioctl: Some(stream_ioctl),
    methods: STREAM_METHODS,
    flags: flags::ITER_IS_SELF,
    ..Type::new(q!("FileIO"))
};

macro_rules! stream {
    ($ty:expr, $fd:expr) => {
        Stream {
            base: ObjHeader::new(&$ty),
            fd: $fd,
        }
    };
}

/// `sys.stdin`.
pub static STDIN: Stream = stream!(STREAM_TYPE, 0);
/// `sys.stdout`.
pub static STDOUT: Stream = stream!(STREAM_TYPE, 1);
/// `sys.stderr`.
pub static STDERR: Stream = stream!(STREAM_TYPE, 2);
static BINARY: [Stream; 3] = [
    stream!(BINARY_STREAM_TYPE, 0),
    stream!(BINARY_STREAM_TYPE, 1),
    stream!(BINARY_STREAM_TYPE, 2),
];

/// Whether `v` is `sys.stderr` or its buffer.
pub fn is_stderr(v: Value) -> bool {
    v == Value::from_static(&STDERR) || v == Value::from_static(&BINARY[2])
}

fn fd_of(s: Value) -> usize {
    // SAFETY: only reached for stream objects.
    unsafe { (*s.as_ptr::<Stream>()).fd }
}

fn is_binary(s: Value) -> bool {
    s.is_type(&BINARY_STREAM_TYPE)
}

fn stream_print(_vm: &mut Vm, buf: &mut Buf, s: Value, _kind: PrintKind) -> PyResult<()> {
    buf.push_str(if is_binary(s) {
        "<io.FileIO "
    } else {
        "<io.TextIOWrapper "
    });
    let _ = core::fmt::Write::write_fmt(buf, format_args!("{}>", fd_of(s)));
    Ok(())
}

/// `.buffer` of a text stream: the binary stream over the same descriptor.
fn stream_attr(
    _vm: &mut Vm,
    s: Value,
    attr: crate::qstr::Qstr,
    dest: &mut [Value; 2],
) -> PyResult<()> {
    if dest[0].is_null() && attr == q!("buffer") {
        dest[0] = Value::from_static(&BINARY[fd_of(s) % 3]);
    }
    Ok(())
}

/// Stream control: the console's descriptor (0, 1, 2), so `select.poll` can wait on it
/// through the port.
fn stream_ioctl(_vm: &mut Vm, s: Value, req: usize, _arg: usize) -> PyResult<isize> {
    match req {
        crate::modselect::ioctl::GET_FILENO => Ok(fd_of(s) as isize),
        _ => Ok(-(crate::fsport::errno::EINVAL as isize)),
    }
}

fn write(vm: &mut Vm, s: Value, data: Value) -> PyResult {
    let bytes = crate::objstr::str_bytes(vm, data).or_else(|| crate::objarray::buffer_bytes(data));
    let Some(b) = bytes else {
        return Err(vm.type_error("object with buffer protocol required"));
    };
    let n = if crate::objstr::is_str(data) {
        crate::strmethods::char_count(b)
    } else {
        b.len()
    };
    if fd_of(s) == 2 {
        vm.port().stderr(b);
    } else {
        vm.port().stdout(b);
    }
    Ok(Value::small_int(n as isize))
}

/// Reads from standard input into `out` until `limit` bytes (`None`: no limit), end of input
/// or, with `line`, a newline (kept).
fn read_into_buf(
    vm: &mut Vm,
    s: Value,
    out: &mut Buf,
    limit: Option<usize>,
    line: bool,
) -> PyResult<()> {
    if fd_of(s) != 0 {
        return Err(crate::modutil::os_error(
            vm,
            crate::fsport::errno::EINVAL as isize,
        ));
    }
    let mut chunk = [0u8; 256];
    loop {
        let want = match limit {
            Some(l) if out.len() >= l => break,
            Some(l) => (l - out.len()).min(chunk.len()),
            None => chunk.len(),
        };
        // A line is read a byte at a time so nothing after the newline is consumed.
        let want = if line { 1 } else { want };
        let n = vm.port().stdin_read(&mut chunk[..want]);
        if n == 0 {
            break;
        }
        out.push_bytes(&chunk[..n]);
        if out.oom {
            return Err(vm.memory_error());
        }
        if line && chunk[0] == b'\n' {
            break;
        }
        vm.check_interrupts()?;
    }
    Ok(())
}

fn new_text(vm: &mut Vm, s: Value, bytes: &[u8]) -> PyResult {
    if is_binary(s) {
        crate::objstr::new_bytes(vm, bytes)
    } else {
        crate::objstr::new_str(vm, bytes)
    }
}

fn limit_arg(vm: &mut Vm, a: &[Value]) -> PyResult<Option<usize>> {
    match a.get(1) {
        Some(&v) if v != Value::NONE => {
            let n = crate::modutil::get_int(vm, v)?;
            Ok(usize::try_from(n).ok())
        }
        _ => Ok(None),
    }
}

fn readline(vm: &mut Vm, s: Value, limit: Option<usize>) -> PyResult {
    let mut b = Buf::new();
    read_into_buf(vm, s, &mut b, limit, true)?;
    new_text(vm, s, b.as_bytes())
}

fn stream_iternext(vm: &mut Vm, s: Value) -> PyResult {
    let l = readline(vm, s, None)?;
    Ok(
        if crate::objstr::str_bytes(vm, l).is_some_and(|b| b.is_empty())
            || crate::objstr::bytes_bytes(l).is_some_and(|b| b.is_empty())
        {
            Value::NULL
        } else {
            l
        },
    )
}

static WRITE: BuiltinFn = BuiltinFn::f2(write);
static FLUSH: BuiltinFn = BuiltinFn::f1(|vm, _s| {
    vm.port().flush_stdout();
    Ok(Value::NONE)
});
static NOTHING: BuiltinFn = BuiltinFn::var(1, 4, |_vm, _a| Ok(Value::NONE));
static ENTER: BuiltinFn = BuiltinFn::f1(|_vm, s| Ok(s));
static FILENO: BuiltinFn = BuiltinFn::f1(|_vm, s| Ok(Value::small_int(fd_of(s) as isize)));
static READ: BuiltinFn = BuiltinFn::var(1, 2, |vm, a| {
    let limit = limit_arg(vm, a)?;
    let mut b = Buf::new();
    read_into_buf(vm, a[0], &mut b, limit, false)?;
    new_text(vm, a[0], b.as_bytes())
});
static READLINE: BuiltinFn = BuiltinFn::var(1, 2, |vm, a| {
    let limit = limit_arg(vm, a)?;
    readline(vm, a[0], limit)
});
static READLINES: BuiltinFn = BuiltinFn::f1(|vm, s| {
    let list = crate::objlist::new_list(vm, &[])?;
    loop {
        let l = stream_iternext(vm, s)?;
        if l.is_null() {
            return Ok(list);
        }
        crate::objlist::list_append(vm, list, l)?;
    }
});
static READINTO: BuiltinFn = BuiltinFn::f2(|vm, s, target| {
    let Some(info) = crate::modutil::get_buffer(vm, target, true) else {
        return Err(vm.type_error("object with buffer protocol required"));
    };
    let mut b = Buf::new();
    read_into_buf(vm, s, &mut b, Some(info.len), false)?;
    // SAFETY: a writable buffer of info.len bytes; b holds at most that many.
    unsafe { core::ptr::copy_nonoverlapping(b.as_bytes().as_ptr(), info.ptr, b.len()) };
    Ok(Value::small_int(b.len() as isize))
});

static STREAM_METHODS: &[Attr] = &[
    Attr::new(q!("__enter__"), ENTER.value()),
    Attr::new(q!("__exit__"), NOTHING.value()),
    Attr::new(q!("close"), NOTHING.value()),
    Attr::new(q!("fileno"), FILENO.value()),
    Attr::new(q!("flush"), FLUSH.value()),
    Attr::new(q!("read"), READ.value()),
    Attr::new(q!("readinto"), READINTO.value()),
    Attr::new(q!("readline"), READLINE.value()),
    Attr::new(q!("readlines"), READLINES.value()),
    Attr::new(q!("write"), WRITE.value()),
];
