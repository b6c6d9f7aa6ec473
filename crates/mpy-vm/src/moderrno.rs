//! The `errno` module: MicroPython's error numbers and the `errorcode` table.

use crate::error::PyResult;
use crate::modutil::set;
use crate::value::Value;
use crate::vm::Vm;

/// `(name, number)` of every error code MicroPython's unix port exposes.
pub static CODES: &[(&[u8], isize)] = &[
    (b"EPERM", 1),
    (b"ENOENT", 2),
    (b"EIO", 5),
    (b"EBADF", 9),
    (b"EAGAIN", 11),
    (b"ENOMEM", 12),
    (b"EACCES", 13),
    (b"EEXIST", 17),
    (b"ENODEV", 19),
    (b"EISDIR", 21),
    (b"EINVAL", 22),
    (b"EOPNOTSUPP", 95),
    (b"EADDRINUSE", 98),
    (b"ECONNABORTED", 103),
    (b"ECONNRESET", 104),
    (b"ENOBUFS", 105),
    (b"ENOTCONN", 107),
    (b"ETIMEDOUT", 110),
    (b"ECONNREFUSED", 111),
    (b"EHOSTUNREACH", 113),
    (b"EALREADY", 114),
    (b"EINPROGRESS", 115),
];

/// The name of error number `n`, if known.
pub fn errno_name(n: isize) -> Option<&'static [u8]> {
    CODES.iter().find(|c| c.1 == n).map(|c| c.0)
}

/// Fills the `errno` module.
pub fn init(vm: &mut Vm, g: Value) -> PyResult<()> {
    let table = crate::objdict::new_dict(vm, 0)?;
    for &(name, n) in CODES {
        set(vm, g, name, Value::small_int(n))?;
        let q = vm.intern(name)?;
        crate::objdict::dict_store(vm, table, Value::small_int(n), Value::qstr(q))?;
    }
    set(vm, g, b"errorcode", table)
}
