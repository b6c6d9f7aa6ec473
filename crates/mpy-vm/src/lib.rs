//! A MicroPython-compatible bytecode VM: tagged values, objects on a garbage-collected heap,
//! the interpreter loop, builtins and core modules.
//!
//! An [`Interpreter`] owns a heap over a memory region you give it (every Python object lives
//! there; running out raises `MemoryError`) and reaches its platform through a [`Port`]
//! (console, clock, files). It runs Python source (compiled on the spot by `mpy-compiler`) and
//! `.mpy` files from MicroPython's `mpy-cross`, with the bytecode executed in place.
//!
//! ```
//! use mpy_vm::{Config, Interpreter};
//!
//! let mut heap = vec![0u8; 128 * 1024];
//! let mut port = mpy_vm::port::NullPort;
//! let interp = Interpreter::new(&mut heap, &mut port, Config::default()).unwrap();
//! interp.exec("def double(x):\n    return 2 * x\n").unwrap();
//! let double = interp.global("double").unwrap().unwrap();
//! let r: i64 = double.call(&[&21i64]).unwrap().extract().unwrap();
//! assert_eq!(r, 42);
//! ```
//!
//! See [`embed`] for values held by Rust ([`embed::Handle`]), conversions
//! ([`embed::ToPy`], [`embed::FromPy`]), Rust functions and modules, and resource limits
//! (heap size, [`Config`] for recursion, an instruction budget).
//!
//! Modules can be frozen into the program ([`frozen`]): register `.mpy` images with
//! [`Vm::register_frozen`] and `import` finds them under the `.frozen` entry of `sys.path`.
//! For no heap cost beyond the module's own tables and objects, a build script turns each
//! image into static code descriptors with [`freeze::freeze_module`] (the unix port's
//! `build.rs` shows how).
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
pub mod embed;
pub mod error;
pub mod floatfmt;
pub mod floatmethods;
pub mod frame;
pub mod freeze;
pub mod frozen;
pub mod fsport;
pub mod funtable;
pub mod heapalloc;
pub mod import;
pub mod interp;
pub mod intmethods;
pub mod load;
pub mod map;
pub mod modarray;
pub mod modbinascii;
pub mod modcmath;
pub mod modcollections;
pub mod moderrno;
pub mod modhashlib;
pub mod modheapq;
pub mod modhelp;
pub mod modio;
pub mod modjson;
pub mod modmath;
pub mod modos;
pub mod modrandom;
pub mod modre;
pub mod modselect;
pub mod modstruct;
pub mod modsys;
pub mod modsys_streams;
pub mod modtime;
pub mod modutil;
pub mod native_gen;
pub mod native_load;
pub mod nativefn;
pub mod nlr;
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
