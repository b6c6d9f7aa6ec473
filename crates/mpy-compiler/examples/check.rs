//! Parses and analyses a file, printing the first error (a debugging aid).
use allocator_api2::alloc::Global;
use mpy_compiler::scope::{ScopeOptions, analyse};
use mpy_compiler::{ParseOptions, parse};

fn main() {
    let path = std::env::args().nth(1).expect("file");
    let src = std::fs::read(&path).expect("read");
    match parse(&src, &ParseOptions::default(), Global) {
        Err(e) => println!("{e}"),
        Ok(mut ast) => match analyse(&mut ast, &ScopeOptions::default(), Global) {
            Err(e) => println!("{e}"),
            Ok(s) => println!("ok: {} scopes", s.list.len()),
        },
    }
}
