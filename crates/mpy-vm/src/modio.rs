//! The `io` module: in-memory streams `StringIO` and `BytesIO`, the `IOBase` class for streams
//! written in Python, and `open` (the builtin).

use crate::buf::Buf;
use crate::error::PyResult;
use crate::modutil::{get_buffer, get_int, set};
use crate::obj::ObjHeader;
use crate::objfun::BuiltinFn;
use crate::q;
use crate::types::{Attr, PrintKind, Type, flags};
use crate::value::Value;
use crate::vm::Vm;

/// An in-memory stream.
#[repr(C)]
pub struct IoObj {
    /// Header (`StringIO` or `BytesIO`).
    pub base: ObjHeader,
    /// The contents (a managed block).
    pub data: *mut u8,
    /// Bytes of content.
    pub len: usize,
    /// Bytes allocated.
    pub cap: usize,
    /// Current position (may be past the end after a seek).
    pub pos: usize,
    /// Whether `close()` was called.
    pub closed: bool,
}

/// `io.StringIO`.
pub static STRINGIO_TYPE: Type = Type {
    flags: flags::BASETYPE | flags::ITER_IS_SELF,
    make_new: Some(io_make_new),
    print: Some(io_print),
    iternext: Some(io_iternext),
    ioctl: Some(io_ioctl),
    methods: IO_METHODS,
    ..Type::new(q!("StringIO"))
};

/// `io.BytesIO`.
pub static BYTESIO_TYPE: Type = Type {
    flags: flags::BASETYPE | flags::ITER_IS_SELF,
    make_new: Some(io_make_new),
    print: Some(io_print),
    iternext: Some(io_iternext),
    ioctl: Some(io_ioctl),
    methods: IO_METHODS,
    ..Type::new(q!("BytesIO"))
};

/// `io.IOBase`: the base for stream classes written in Python.
pub static IOBASE_TYPE: Type = Type {
    flags: flags::BASETYPE,
    ..Type::new(q!("IOBase"))
};

/// Stream control of the in-memory streams: they have no descriptor and are not pollable, so
/// `select.poll` accepts them but raises `OSError(EINVAL)` when asking, as MicroPython does.
fn io_ioctl(_vm: &mut Vm, _v: Value, _req: usize, _arg: usize) -> PyResult<isize> {
    Ok(-(crate::fsport::errno::EINVAL as isize))
}

fn stream(vm: &mut Vm, v: Value) -> PyResult<(&'static mut IoObj, bool)> {
    let (obj, text) = if crate::objtype::is_base_type(v, &STRINGIO_TYPE) {
        (crate::objtype::native_of(v, &STRINGIO_TYPE), true)
    } else if crate::objtype::is_base_type(v, &BYTESIO_TYPE) {
        (crate::objtype::native_of(v, &BYTESIO_TYPE), false)
    } else {
        return Err(vm.type_error("expected a StringIO or BytesIO"));
    };
    // SAFETY: checked stream object.
    let s = unsafe { &mut *obj.as_ptr::<IoObj>() };
    Ok((s, text))
}

fn open_stream(vm: &mut Vm, v: Value) -> PyResult<(&'static mut IoObj, bool)> {
    let (s, text) = stream(vm, v)?;
    if s.closed {
        return Err(vm.value_error("I/O operation on closed file"));
    }
    Ok((s, text))
}

fn contents<'a>(s: &IoObj) -> &'a [u8] {
    if s.data.is_null() {
        return &[];
    }
    // SAFETY: `len` bytes in a live block.
    unsafe { core::slice::from_raw_parts(s.data, s.len) }
}

fn reserve(vm: &mut Vm, s: &mut IoObj, need: usize) -> PyResult<()> {
    if need > s.cap {
        let cap = need.max(s.cap * 2).max(16);
        s.data = vm.realloc_bytes(s.data, cap)?;
        s.cap = cap;
    }
    Ok(())
}

fn write_bytes(vm: &mut Vm, v: Value, b: &[u8]) -> PyResult<()> {
    let (s, _) = open_stream(vm, v)?;
    let end = s
        .pos
        .checked_add(b.len())
        .ok_or_else(|| vm.memory_error())?;
    reserve(vm, s, end)?;
    if end == 0 {
        return Ok(());
    }
    // SAFETY: the block holds at least `end` bytes; bytes between len and pos are zeroed.
    unsafe {
        if s.pos > s.len {
            core::ptr::write_bytes(s.data.add(s.len), 0, s.pos - s.len);
        }
        core::ptr::copy(b.as_ptr(), s.data.add(s.pos), b.len());
    }
    s.pos = end;
    s.len = s.len.max(end);
    Ok(())
}

fn io_make_new(vm: &mut Vm, ty: &'static Type, args: &[Value], _kw: &[Value]) -> PyResult {
    if args.len() > 1 {
        return Err(vm.type_error("function expected at most 1 arguments"));
    }
    let v = vm.new_obj(IoObj {
        base: ObjHeader::new(ty),
        data: core::ptr::null_mut(),
        len: 0,
        cap: 0,
        pos: 0,
        closed: false,
    })?;
    if let Some(&init) = args.first() {
        if crate::objint::is_int(init) {
            let n = get_int(vm, init)?.clamp(0, 1 << 20) as usize;
            let (s, _) = stream(vm, v)?;
            reserve(vm, s, n)?;
        } else {
            let Some(b) = get_buffer(vm, init, false) else {
                return Err(vm.type_error("object with buffer protocol required"));
            };
            write_bytes(vm, v, crate::modutil::buffer_slice(&b))?;
            stream(vm, v)?.0.pos = 0;
        }
    }
    Ok(v)
}

fn io_print(_vm: &mut Vm, buf: &mut Buf, v: Value, _kind: PrintKind) -> PyResult<()> {
    let name = if v.is_type(&STRINGIO_TYPE) {
        "StringIO"
    } else {
        "BytesIO"
    };
    let _ = core::fmt::Write::write_fmt(buf, format_args!("<io.{name} 0x{:x}>", v.bits()));
    Ok(())
}

fn make_result(vm: &mut Vm, text: bool, b: &[u8]) -> PyResult {
    if text {
        crate::objstr::new_str(vm, b)
    } else {
        crate::objstr::new_bytes(vm, b)
    }
}

/// End of `n` units from `pos`: characters for text streams, bytes otherwise.
fn advance(data: &[u8], pos: usize, n: usize, text: bool) -> usize {
    if !text {
        return pos.saturating_add(n).min(data.len());
    }
    let mut p = pos;
    let mut k = 0;
    while k < n && p < data.len() {
        p += crate::strmethods::utf8_len(data[p]).max(1);
        k += 1;
    }
    p.min(data.len())
}

fn size_arg(vm: &mut Vm, a: &[Value], i: usize) -> PyResult<Option<usize>> {
    match a.get(i) {
        Some(&n) => {
            let n = get_int(vm, n)?;
            Ok(if n < 0 { None } else { Some(n as usize) })
        }
        None => Ok(None),
    }
}

static READ: BuiltinFn = BuiltinFn::var(1, 2, |vm, a| {
    let n = size_arg(vm, a, 1)?;
    let (s, text) = open_stream(vm, a[0])?;
    let data = contents(s);
    let start = s.pos.min(data.len());
    let end = match n {
        Some(n) => advance(data, start, n, text),
        None => data.len(),
    };
    s.pos = s.pos.max(end);
    let copy = crate::objstr::new_bytes(vm, &data[start..end])?;
    make_result(vm, text, crate::objstr::bytes_bytes(copy).unwrap_or(&[]))
});

fn readline(vm: &mut Vm, v: Value, limit: Option<usize>) -> PyResult {
    let (s, text) = open_stream(vm, v)?;
    let data = contents(s);
    let start = s.pos.min(data.len());
    let max_end = match limit {
        Some(n) => advance(data, start, n, text),
        None => data.len(),
    };
    let end = match data[start..max_end].iter().position(|&c| c == b'\n') {
        Some(i) => start + i + 1,
        None => max_end,
    };
    s.pos = s.pos.max(end);
    let copy = crate::objstr::new_bytes(vm, &data[start..end])?;
    make_result(vm, text, crate::objstr::bytes_bytes(copy).unwrap_or(&[]))
}

static READLINE: BuiltinFn = BuiltinFn::var(1, 2, |vm, a| {
    let n = size_arg(vm, a, 1)?;
    readline(vm, a[0], n)
});

fn io_iternext(vm: &mut Vm, v: Value) -> PyResult {
    let line = readline(vm, v, None)?;
    if vm.len(line)? == 0 {
        return Ok(Value::NULL);
    }
    Ok(line)
}

static READINTO: BuiltinFn = BuiltinFn::var(2, 3, |vm, a| {
    let Some(b) = get_buffer(vm, a[1], true) else {
        return Err(vm.type_error("object with buffer protocol required"));
    };
    let mut want = b.len;
    if let Some(n) = size_arg(vm, a, 2)? {
        want = want.min(n);
    }
    let (s, _) = open_stream(vm, a[0])?;
    let data = contents(s);
    let start = s.pos.min(data.len());
    let n = want.min(data.len() - start);
    if n > 0 {
        // SAFETY: `n` bytes fit both the writable buffer and the stream's contents.
        unsafe { core::ptr::copy(data.as_ptr().add(start), b.ptr, n) };
    }
    s.pos = start + n;
    Ok(Value::small_int(n as isize))
});

static WRITE: BuiltinFn = BuiltinFn::f2(|vm, v, d| {
    let Some(b) = get_buffer(vm, d, false) else {
        return Err(vm.type_error("object with buffer protocol required"));
    };
    let bytes = crate::modutil::buffer_slice(&b);
    write_bytes(vm, v, bytes)?;
    Ok(Value::small_int(bytes.len() as isize))
});

static SEEK: BuiltinFn = BuiltinFn::var(2, 3, |vm, a| {
    let off = get_int(vm, a[1])?;
    let whence = match a.get(2) {
        Some(&w) => get_int(vm, w)?,
        None => 0,
    };
    let (s, _) = open_stream(vm, a[0])?;
    let base = match whence {
        1 => s.pos as i64,
        2 => s.len as i64,
        _ => 0,
    };
    let new = base.checked_add(off).filter(|&p| p >= 0);
    match new {
        Some(p) => {
            s.pos = p as usize;
            crate::objint::from_i64(vm, p)
        }
        None => Err(crate::modutil::os_error(vm, 22)),
    }
});

static TELL: BuiltinFn = BuiltinFn::f1(|vm, v| {
    let (s, _) = open_stream(vm, v)?;
    Ok(Value::small_int(s.pos as isize))
});

static GETVALUE: BuiltinFn = BuiltinFn::f1(|vm, v| {
    let (s, text) = open_stream(vm, v)?;
    let data = contents(s);
    let copy = crate::objstr::new_bytes(vm, data)?;
    if text {
        crate::objstr::new_str(vm, crate::objstr::bytes_bytes(copy).unwrap_or(&[]))
    } else {
        Ok(copy)
    }
});

static CLOSE: BuiltinFn = BuiltinFn::f1(|vm, v| {
    let (s, _) = stream(vm, v)?;
    s.closed = true;
    Ok(Value::NONE)
});

static FLUSH: BuiltinFn = BuiltinFn::f1(|vm, v| {
    open_stream(vm, v)?;
    Ok(Value::NONE)
});

static ENTER: BuiltinFn = BuiltinFn::f1(|_vm, v| Ok(v));
static EXIT: BuiltinFn = BuiltinFn::var(1, 4, |vm, a| {
    let (s, _) = stream(vm, a[0])?;
    s.closed = true;
    Ok(Value::NONE)
});

static IO_METHODS: &[Attr] = &[
    Attr::new(q!("__enter__"), ENTER.value()),
    Attr::new(q!("__exit__"), EXIT.value()),
    Attr::new(q!("close"), CLOSE.value()),
    Attr::new(q!("flush"), FLUSH.value()),
    Attr::new(q!("getvalue"), GETVALUE.value()),
    Attr::new(q!("read"), READ.value()),
    Attr::new(q!("readinto"), READINTO.value()),
    Attr::new(q!("readline"), READLINE.value()),
    Attr::new(q!("seek"), SEEK.value()),
    Attr::new(q!("tell"), TELL.value()),
    Attr::new(q!("write"), WRITE.value()),
];

/// Fills the `io` module.
pub fn init(vm: &mut Vm, g: Value) -> PyResult<()> {
    set(vm, g, b"StringIO", STRINGIO_TYPE.as_value())?;
    set(vm, g, b"BytesIO", BYTESIO_TYPE.as_value())?;
    set(vm, g, b"IOBase", IOBASE_TYPE.as_value())?;
    if let Some(open) = crate::objdict::dict_map(vm.builtins).get_qstr(vm, q!("open")) {
        set(vm, g, b"open", open)?;
    }
    Ok(())
}
