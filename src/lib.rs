//! A MicroPython-compatible Python runtime in Rust.
//!
//! This facade re-exports the workspace crates so that examples and benchmarks can use one
//! dependency; embedders usually depend on the single crates they need.

pub use mpy_compiler as compiler;
pub use mpy_format as format;
pub use mpy_gc as gc;
pub use mpy_vm as vm;
