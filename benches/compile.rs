//! Compiler throughput (source lines per second) on a large module, and the peak heap the
//! compiler needs for a 300-line module (printed; `mpy-compiler`'s `heap_peak` test guards it).

use std::alloc::Layout;
use std::cell::Cell;
use std::ptr::NonNull;
use std::rc::Rc;

use allocator_api2::alloc::{AllocError, Allocator, Global};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use mpy::compiler::{CompileOptions, compile};

/// The corpus' large real-looking modules, concatenated (about 3700 lines).
fn large_module() -> String {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/py");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/py")
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            let n = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
            n.starts_with("module_") && n.ends_with(".py")
        })
        .collect();
    names.sort();
    let mut src = String::new();
    for p in names {
        let text = std::fs::read_to_string(&p).unwrap_or_default();
        let mut candidate = src.clone();
        candidate.push_str(&text);
        candidate.push('\n');
        // Keep only what still compiles as one module.
        if compile(candidate.as_bytes(), &CompileOptions::default(), Global).is_ok() {
            src = candidate;
        }
    }
    src
}

/// Counts live bytes and their peak.
#[derive(Clone, Default)]
struct Counting(Rc<(Cell<usize>, Cell<usize>)>);

unsafe impl Allocator for Counting {
    fn allocate(&self, layout: Layout) -> Result<NonNull<[u8]>, AllocError> {
        let p = Global.allocate(layout)?;
        let live = self.0.0.get() + layout.size();
        self.0.0.set(live);
        self.0.1.set(self.0.1.get().max(live));
        Ok(p)
    }

    unsafe fn deallocate(&self, ptr: NonNull<u8>, layout: Layout) {
        self.0.0.set(self.0.0.get() - layout.size());
        unsafe { Global.deallocate(ptr, layout) }
    }
}

fn bench(c: &mut Criterion) {
    let src = large_module();
    let lines = src.lines().count() as u64;
    let opts = CompileOptions::default();
    let mut g = c.benchmark_group("mpy-compiler");
    g.throughput(Throughput::Elements(lines));
    g.bench_function(format!("compile {lines} lines (elements = lines)"), |b| {
        b.iter(|| compile(src.as_bytes(), &opts, Global).map(|m| m.codes.len()))
    });
    g.bench_function(format!("compile {lines} lines to .mpy bytes"), |b| {
        b.iter(|| compile(src.as_bytes(), &opts, Global).map(|m| m.to_bytes()))
    });
    g.finish();

    let small = include_str!("../tests/py/module_text_adventure.py");
    let alloc = Counting::default();
    if compile(small.as_bytes(), &opts, alloc.clone()).is_ok() {
        println!(
            "peak heap compiling a {}-line module: {} bytes",
            small.lines().count(),
            alloc.0.1.get()
        );
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
