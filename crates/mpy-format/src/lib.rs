//! MicroPython `.mpy` files (version 6.3): reader, writer, opcode table and disassembler.
//!
//! [`Module::parse`] reads a file without copying: bytecode bodies, strings and number texts
//! borrow the input, so a `&'static [u8]` in flash can be executed in place.
//! [`Module::to_bytes`] writes a tree back; a file made by `mpy-cross` round-trips
//! byte-for-byte. [`decode`] and [`disasm`] walk bytecode; [`native`] holds the native-ABI
//! numbers; [`PortInfo::check_header`] applies MicroPython's loader checks with its messages.
#![no_std]
#![warn(missing_docs)]

extern crate alloc;
#[cfg(feature = "std")]
extern crate std;

pub mod decode;
pub mod disasm;
pub mod error;
pub mod floattext;
pub mod header;
pub mod linetable;
pub mod model;
pub mod native;
pub mod numtext;
pub mod opcode;
pub mod prelude;
pub mod reader;
pub mod static_qstr;
pub mod varuint;
pub mod writer;

pub use error::{Error, ErrorKind, PyExc, Result};
pub use header::{Header, PortInfo};
pub use model::{CodeKind, Const, KindData, Module, QstrEntry, RawCode, Reloc, Relocs, ScopeFlags};
pub use native::Arch;
pub use prelude::{Prelude, Signature};
pub use reader::ReadOptions;
