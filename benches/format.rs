//! Reading and writing a large `.mpy` (throughput in bytes per second).

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use mpy::format::{Module, RawCode};

/// A module with thousands of functions, built from a real `mpy-cross` output.
fn large_file() -> Vec<u8> {
    let sample = include_bytes!("../crates/mpy-format/tests/data/b.mpy");
    let m = Module::parse(sample).unwrap();
    let mut big = m.clone();
    let children: Vec<RawCode<'_>> = (0..4000)
        .map(|i| m.root.children[i % m.root.children.len()].clone())
        .collect();
    big.root.children = children;
    big.to_bytes()
}

fn bench(c: &mut Criterion) {
    let bytes = large_file();
    let mut g = c.benchmark_group("mpy-format");
    g.throughput(Throughput::Bytes(bytes.len() as u64));
    g.bench_function("parse large .mpy", |b| {
        b.iter(|| Module::parse(&bytes).unwrap())
    });
    let m = Module::parse(&bytes).unwrap();
    g.bench_function("write large .mpy", |b| b.iter(|| m.to_bytes()));
    g.bench_function("dump large .mpy", |b| {
        b.iter(|| {
            let mut s = String::new();
            mpy::format::disasm::dump(&mut s, &m).unwrap();
            s
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
