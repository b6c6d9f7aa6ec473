//! `sys.stdout` / `sys.stderr` / `sys.stdin`: streams over the port's console.

use crate::error::PyResult;
use crate::obj::ObjHeader;
use crate::objfun::BuiltinFn;
use crate::q;
use crate::types::{Attr, Type};
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

/// The type of the console streams.
pub static STREAM_TYPE: Type = Type {
    ioctl: Some(stream_ioctl),
    methods: STREAM_METHODS,
    ..Type::new(q!("iterator"))
};

/// `sys.stdin`.
pub static STDIN: Stream = Stream {
    base: ObjHeader::new(&STREAM_TYPE),
    fd: 0,
};
/// `sys.stdout`.
pub static STDOUT: Stream = Stream {
    base: ObjHeader::new(&STREAM_TYPE),
    fd: 1,
};
/// `sys.stderr`.
pub static STDERR: Stream = Stream {
    base: ObjHeader::new(&STREAM_TYPE),
    fd: 2,
};

/// Whether `v` is `sys.stderr`.
pub fn is_stderr(v: Value) -> bool {
    v == Value::from_static(&STDERR)
}

/// Stream control: the console's descriptor (0, 1, 2), so `select.poll` can wait on it
/// through the port.
fn stream_ioctl(_vm: &mut Vm, s: Value, req: usize, _arg: usize) -> PyResult<isize> {
    // SAFETY: this slot is only reached for stream objects.
    let fd = unsafe { (*s.as_ptr::<Stream>()).fd };
    match req {
        crate::modselect::ioctl::GET_FILENO => Ok(fd as isize),
        _ => Ok(-(crate::fsport::errno::EINVAL as isize)),
    }
}

fn write(vm: &mut Vm, s: Value, data: Value) -> PyResult {
    // SAFETY: stream objects only.
    let fd = unsafe { (*s.as_ptr::<Stream>()).fd };
    let bytes = crate::objstr::str_bytes(vm, data).or_else(|| crate::objarray::buffer_bytes(data));
    let Some(b) = bytes else {
        return Err(vm.type_error("object with buffer protocol required"));
    };
    let n = if crate::objstr::is_str(data) {
        crate::strmethods::char_count(b)
    } else {
        b.len()
    };
    if fd == 2 {
        vm.port().stderr(b);
    } else {
        vm.port().stdout(b);
    }
    Ok(Value::small_int(n as isize))
}

static WRITE: BuiltinFn = BuiltinFn::f2(write);
static FLUSH: BuiltinFn = BuiltinFn::f1(|_vm, _s| Ok(Value::NONE));
static READLINE: BuiltinFn = BuiltinFn::var(1, 2, |vm, _a| {
    let mut line = crate::buf::Buf::new();
    match vm.port().read_line(&mut line) {
        Some(()) => {
            line.push(b'\n');
            crate::objstr::new_str(vm, line.as_bytes())
        }
        None => Ok(Value::qstr(q!(""))),
    }
});
static STREAM_METHODS: &[Attr] = &[
    Attr::new(q!("flush"), FLUSH.value()),
    Attr::new(q!("readline"), READLINE.value()),
    Attr::new(q!("write"), WRITE.value()),
];
