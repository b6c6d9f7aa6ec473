//! Stack budget: nesting up to the default depth limit must fit a 16 MiB thread stack even
//! unoptimised (about 1 MiB suffices at opt-level 1; devices pass a smaller `max_depth`).

use allocator_api2::alloc::Global;
use mpy_compiler::scope::{ScopeOptions, analyse};
use mpy_compiler::{ParseOptions, parse};

#[test]
fn default_depth_fits_stack_budget() {
    let h = std::thread::Builder::new()
        .stack_size(16 << 20)
        .spawn(|| {
            let opts = ParseOptions::default();
            for open in ["(", "[", "-", "not ", "f("] {
                // Just below the limit: must parse (or fail cleanly) without overflowing.
                let n = opts.max_depth as usize / 2 - 2;
                let close = match open {
                    "(" | "f(" => ")",
                    "[" => "]",
                    _ => "",
                };
                let src = format!("x = {}1{}\n", open.repeat(n), close.repeat(n));
                if let Ok(mut ast) = parse(src.as_bytes(), &opts, Global) {
                    let _ = analyse(&mut ast, &ScopeOptions::default(), Global);
                }
            }
        })
        .unwrap();
    h.join().unwrap();
}
