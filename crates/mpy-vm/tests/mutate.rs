//! Hostile `.mpy` files: random mutations of valid files never panic, crash or hang the VM
//! (the loader rejects them with ValueError, or they run until an exception or the budget).

use mpy_vm::port::NullPort;
use mpy_vm::{Config, Interpreter};
use quickcheck::{QuickCheck, TestResult};

const FILES: [&[u8]; 6] = [
    include_bytes!("../../mpy-format/tests/data/a.mpy"),
    include_bytes!("../../mpy-format/tests/data/b.mpy"),
    include_bytes!("../../../benches/programs/loop.mpy"),
    include_bytes!("../../../benches/programs/calls.mpy"),
    include_bytes!("../../../benches/programs/attrs.mpy"),
    include_bytes!("../../../benches/programs/arith.mpy"),
];

fn mutate(which: u8, edits: &[(u16, u8, u8)]) -> Vec<u8> {
    let mut v = FILES[usize::from(which) % FILES.len()].to_vec();
    for &(pos, val, kind) in edits {
        if v.is_empty() {
            break;
        }
        let at = usize::from(pos) % v.len();
        match kind % 4 {
            0 => v[at] = val,
            1 => v[at] ^= 1 << (val % 8),
            2 => v.insert(at, val),
            _ => {
                v.remove(at);
            }
        }
    }
    v
}

fn run(bytes: &[u8]) {
    let mut region = vec![0u8; 256 * 1024];
    let mut port = NullPort;
    let interp = Interpreter::new(
        &mut region,
        &mut port,
        Config {
            stack_size: 256 * 1024,
            max_depth: 200,
        },
    )
    .unwrap();
    {
        let _g = interp.enter();
        // SAFETY: entered; the only borrow.
        unsafe { interp.vm() }.set_budget(Some(50));
    }
    let _ = interp.exec_mpy(bytes);
}

#[test]
fn mutated_files_never_crash_the_vm() {
    fn prop(which: u8, edits: Vec<(u16, u8, u8)>) -> TestResult {
        let bytes = mutate(which, &edits);
        run(&bytes);
        TestResult::passed()
    }
    // Run on a thread with a known stack so the stack budget is meaningful.
    std::thread::Builder::new()
        .stack_size(8 << 20)
        .spawn(|| {
            QuickCheck::new()
                .tests(2000)
                .quickcheck(prop as fn(u8, Vec<(u16, u8, u8)>) -> TestResult)
        })
        .unwrap()
        .join()
        .unwrap();
}

/// Byte ranges of every raw code body in a file (where mutations reach the verifier).
fn bodies(file: &[u8]) -> Vec<(usize, usize)> {
    let m = mpy_format::Module::parse(file).unwrap();
    let mut out = Vec::new();
    m.root.walk(&mut |rc, _| {
        let start = rc.body.as_ptr() as usize - file.as_ptr() as usize;
        out.push((start, rc.body.len()));
    });
    out
}

/// File `which` with the byte edits `(position, value)` applied inside its code bodies.
fn mutate_bodies(which: u8, edits: &[(u16, u8)]) -> Vec<u8> {
    let file = FILES[usize::from(which) % FILES.len()];
    let ranges = bodies(file);
    let mut v = file.to_vec();
    for &(pos, val) in edits {
        let (start, len) = ranges[usize::from(pos) % ranges.len()];
        if len > 0 {
            v[start + usize::from(pos) % len] = val;
        }
    }
    v
}

#[test]
fn mutated_bytecode_never_crashes_the_vm() {
    fn prop(which: u8, edits: Vec<(u16, u8)>) -> TestResult {
        run(&mutate_bodies(which, &edits));
        TestResult::passed()
    }
    std::thread::Builder::new()
        .stack_size(8 << 20)
        .spawn(|| {
            QuickCheck::new()
                .tests(5000)
                .quickcheck(prop as fn(u8, Vec<(u16, u8)>) -> TestResult)
        })
        .unwrap()
        .join()
        .unwrap();
}

#[test]
fn the_unmutated_files_run() {
    for f in FILES {
        let mut region = vec![0u8; 1 << 20];
        let mut port = NullPort;
        let interp = Interpreter::new(&mut region, &mut port, Config::default()).unwrap();
        interp.exec_mpy(f).unwrap();
    }
}

/// Found by the property above: a prelude claiming more positional defaults than positional
/// parameters (the verifier now rejects it; binding arguments underflowed).
#[test]
fn more_defaults_than_parameters_is_rejected() {
    run(&mutate_bodies(19, &[(23005, 115)]));
}
