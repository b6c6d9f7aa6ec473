//! MicroPython-compatible Python compiler front end.
//!
//! The pipeline mirrors MicroPython's: [`lexer`] turns source bytes into tokens (including the
//! f-string rewrite), [`parse`] builds the [`ast`] while folding constants and substituting
//! `const()` names, and [`scope`] runs the first compile pass (scope creation, identifier
//! kinds and the compile-time checks MicroPython makes in that pass).
//!
//! Memory: every growing structure lives in an `allocator_api2` vector parameterised by the
//! caller's allocator and grows with `try_reserve`, so on a device running out of heap is a
//! [`error::ErrorKind::MemoryError`] value rather than an abort.
#![no_std]

extern crate alloc;
#[cfg(feature = "std")]
extern crate std;

pub mod ast;
pub mod error;
pub mod fold;
pub mod intern;
pub mod lexer;
pub mod num;
pub mod parse;
pub mod scope;
pub mod token;
mod util;

pub use error::{CompileError, ErrorKind};
pub use parse::{ParseOptions, parse};
