//! Compiles the frozen Python modules under `frozen/` to `.mpy` with the workspace's own
//! compiler, and writes the table `unixport` includes (`$OUT_DIR/frozen_table.rs`).

use std::path::{Path, PathBuf};

use mpy_compiler::{CompileOptions, compile};

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

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap()).join("frozen");
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap());
    println!("cargo:rerun-if-changed={}", root.display());
    let mut files = Vec::new();
    sources(&root, &mut files);
    let mut table = String::from("&[\n");
    for f in files {
        println!("cargo:rerun-if-changed={}", f.display());
        let rel = f
            .strip_prefix(&root)
            .unwrap()
            .to_str()
            .unwrap()
            .replace('\\', "/");
        let stem = rel.strip_suffix(".py").unwrap();
        let src = std::fs::read(&f).unwrap();
        // As MicroPython's frozen modules: the source name is the path under `.frozen`.
        let opts = CompileOptions {
            source_name: rel.as_bytes(),
            max_depth: 400,
            ..CompileOptions::default()
        };
        let mpy = match compile(&src, &opts, allocator_api2::alloc::Global) {
            Ok(m) => m.to_bytes(),
            Err(e) => panic!("{}", e.traceback(&rel, &rel)),
        };
        let dest = out.join(format!("{}.mpy", stem.replace('/', "__")));
        std::fs::write(&dest, mpy).unwrap();
        table.push_str(&format!(
            "    mpy_vm::frozen::FrozenModule {{ path: {stem:?}, mpy: include_bytes!({:?}) }},\n",
            dest.display().to_string()
        ));
    }
    table.push(']');
    std::fs::write(out.join("frozen_table.rs"), table).unwrap();
}
