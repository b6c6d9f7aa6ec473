//! Compiles the frozen Python modules under `frozen/` to `.mpy` with the workspace's own
//! compiler and freezes them with static code descriptors (`mpy_vm::freeze`): writes the
//! table `unixport` includes (`$OUT_DIR/frozen_table.rs`) and a 100-function fixture the
//! frozen-import allocation test includes (`$OUT_DIR/frozen_fixture.rs`).

use std::path::{Path, PathBuf};

use mpy_compiler::{CompileOptions, compile};
use mpy_vm::port::NullPort;
use mpy_vm::{Config, Interpreter};

/// Every `.py` file under `dir`, sorted so the table is stable between builds.
fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            sources(&p, out);
        } else if p.extension().is_some_and(|e| e == "py") {
            out.push(p);
        }
    }
}

/// Compiles `src` (named `rel` under `.frozen`) to `.mpy` bytes.
fn compile_frozen(rel: &str, src: &[u8]) -> Vec<u8> {
    // As MicroPython's frozen modules: the source name is the path under `.frozen`.
    let opts = CompileOptions {
        source_name: rel.as_bytes(),
        max_depth: 400,
        ..CompileOptions::default()
    };
    match compile(src, &opts, allocator_api2::alloc::Global) {
        Ok(m) => m.to_bytes(),
        Err(e) => panic!("{}", e.traceback(rel, rel)),
    }
}

/// Freezes `(stem, source name, source)` modules into `out/name`: the statics and a
/// `pub static NAME: &[FrozenModule]` table.
fn write_table(
    interp: &Interpreter,
    out: &Path,
    file: &str,
    table: &str,
    mods: &[(String, String, Vec<u8>)],
) {
    let mut items = String::new();
    let mut entries = String::new();
    for (i, (stem, rel, src)) in mods.iter().enumerate() {
        let mpy: &'static [u8] = Box::leak(compile_frozen(rel, src).into_boxed_slice());
        let dest = out.join(format!("{table}_{}.mpy", stem.replace('/', "__")));
        std::fs::write(&dest, mpy).unwrap();
        let ident = format!("{table}_{i}");
        let dest = dest.display().to_string();
        let r = interp.with_vm(|vm| {
            mpy_vm::freeze::freeze_module(vm, stem, mpy, &dest, &ident, "::mpy_vm")
                .map_err(|e| vm.py_error(e).to_string())
        });
        let fs = r.unwrap_or_else(|e| panic!("freezing {rel}: {e}"));
        items.push_str(&fs.items);
        entries.push_str(&format!("    {},\n", fs.entry));
    }
    let text = format!(
        "{items}\n/// Frozen modules.\npub static {table}: &[::mpy_vm::frozen::FrozenModule] = &[\n{entries}];\n"
    );
    std::fs::write(out.join(file), text).unwrap();
}

fn main() {
    // For `platform.python_compiler()`.
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
    let version = std::process::Command::new(rustc)
        .arg("--version")
        .output()
        .ok()
        .and_then(|o| String::from_utf8(o.stdout).ok())
        .map(|s| s.trim().to_string())
        .unwrap_or_else(|| "rustc".into());
    println!("cargo:rustc-env=MPY_RUSTC_VERSION={version}");
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap()).join("frozen");
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap());
    println!("cargo:rerun-if-changed={}", root.display());
    let mut files = Vec::new();
    sources(&root, &mut files);
    let mut mods = Vec::new();
    for f in files {
        println!("cargo:rerun-if-changed={}", f.display());
        let rel = f
            .strip_prefix(&root)
            .unwrap()
            .to_str()
            .unwrap()
            .replace('\\', "/");
        let stem = rel.strip_suffix(".py").unwrap().to_string();
        mods.push((stem, rel, std::fs::read(&f).unwrap()));
    }
    // A scratch interpreter runs the loader and verifier over each image; what they compute
    // becomes the static descriptors.
    let mut region = vec![0u8; 8 << 20];
    let mut port = NullPort;
    let interp = Interpreter::new(&mut region, &mut port, Config::default()).unwrap();
    write_table(&interp, &out, "frozen_table.rs", "FROZEN", &mods);
    let mut big = String::new();
    for i in 0..100 {
        big += &format!(
            "def f{i}(x, y=3):\n    z = x * {i} + y\n    for k in range(y):\n        z += k * {i}\n    if z > 10:\n        return [z, z + 1, 'v{i}']\n    return (z, x)\n"
        );
    }
    let fixture = [("big".to_string(), "big.py".to_string(), big.into_bytes())];
    write_table(&interp, &out, "frozen_fixture.rs", "FIXTURE", &fixture);
}
