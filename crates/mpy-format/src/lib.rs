//! MicroPython `.mpy` files (version 6.3): reader, writer, opcode table and disassembler.
#![no_std]

extern crate alloc;
#[cfg(feature = "std")]
extern crate std;
