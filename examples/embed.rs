//! Embedding the VM: run Python in a fixed heap, exchange values, call Python from Rust.
//!
//! `cargo run --example embed`

use mpy::vm::port::Port;
use mpy::vm::{Config, Interpreter};

/// A port that prints the program's output with a prefix (a real embedder would write to a
/// UART, a log, a window ...).
struct Console;

impl Port for Console {
    fn stdout(&mut self, bytes: &[u8]) {
        for line in String::from_utf8_lossy(bytes).lines() {
            println!("[python] {line}");
        }
    }
}

fn main() {
    // All Python objects live in this region; exhausting it raises MemoryError in Python.
    let mut heap = vec![0u8; 256 * 1024];
    let mut port = Console;
    let interp = Interpreter::new(&mut heap, &mut port, Config::default()).expect("heap too small");

    interp
        .exec(
            "def area(w, h):\n    return w * h\n\nshapes = [(3, 4), (5, 6)]\nprint('loaded', len(shapes), 'shapes')\n",
        )
        .expect("program runs");

    // Call a Python function with Rust values, and read the result back as a Rust value.
    let area = interp.global("area").unwrap().expect("defined");
    let a: i64 = area.call(&[&7i64, &6i64]).unwrap().extract().unwrap();
    println!("area(7, 6) = {a}");

    // Evaluate an expression; hand a Rust vector to Python.
    interp.set_global("numbers", &vec![1i64, 2, 3, 4]).unwrap();
    let total: i64 = interp
        .eval("sum(n * n for n in numbers)")
        .unwrap()
        .extract()
        .unwrap();
    println!("sum of squares = {total}");

    // Python exceptions come back as errors with MicroPython's traceback text.
    if let Err(e) = interp.exec("1 / 0") {
        print!("error: {e}");
    }

    // A budget keeps a runaway loop from hanging the host (e.g. a firmware main loop).
    interp.set_instruction_budget(Some(1000));
    let r = interp.exec("while True:\n    pass\n");
    println!("runaway loop stopped: {}", r.is_err());
    let (used, free) = interp.heap_usage();
    println!("heap: {used} bytes used, {free} free");
}
