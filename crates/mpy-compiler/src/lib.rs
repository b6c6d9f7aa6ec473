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
pub mod bigint;
pub mod codegen;
pub mod compile;
pub mod consts;
pub mod emit;
pub mod emitbc;
pub mod error;
pub mod fold;
mod gen_expr;
mod gen_stmt;
pub mod intern;
pub mod lexer;
pub mod num;
pub mod parse;
pub mod pool;
pub mod scope;
pub mod tables;
pub mod token;
mod util;

pub use compile::{CompileOptions, CompiledModule, Failure, compile};
pub use emit::Emitter;
pub use error::{CompileError, ErrorKind};
pub use parse::{ParseOptions, parse};
