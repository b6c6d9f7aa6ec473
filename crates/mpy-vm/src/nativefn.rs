//! The seam for machine code (native, viper, asm raw codes).
//!
//! Running mpy-cross's native output needs MicroPython's native ABI (helper table, `nlr`,
//! code state); that arrives with the native-ABI work. Until then this port reports no native
//! architecture, so the loader rejects native files with MicroPython's message
//! ("native code in .mpy unsupported"), exactly as a MicroPython build without native support.

use mpy_format::{Arch, RawCode};

use crate::code::Code;
use crate::error::PyResult;
use crate::types::Type;
use crate::value::Value;
use crate::vm::Vm;

/// The architecture whose machine code this build runs (none yet).
pub const NATIVE_ARCH: Option<Arch> = None;

/// The value the loader puts in a constant-table slot of kind 0 (the helper table).
pub fn fun_table_value() -> Value {
    Value::NONE
}

/// The type of function objects made from machine code of kind `code.kind`.
pub fn native_fun_type(_code: &Code) -> &'static Type {
    &crate::objfun::FUNCTION_TYPE
}

/// Whether `v` is a function object backed by machine code.
pub fn is_native_fun(_v: Value) -> bool {
    false
}

/// Prepares machine code for execution; without native support this is an error.
pub fn prepare_native(vm: &mut Vm, _code: &mut Code, _rc: &RawCode<'static>) -> PyResult<()> {
    Err(vm.value_error(mpy_format::error::MSG_NATIVE_UNSUPPORTED))
}
