//! A MicroPython-compatible bytecode VM: tagged values, objects on a garbage-collected heap,
//! the interpreter loop, builtins and core modules.
#![no_std]

extern crate alloc;
#[cfg(feature = "std")]
extern crate std;

pub mod bignum;
