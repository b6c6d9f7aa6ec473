//! Importing a 100-function module from `.mpy` hands out measurably less heap than importing
//! it from `.py` (which compiles it first), as measured by `micropython.mem_total()`.

use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn measure(dir: &Path) -> u64 {
    let src = root().join("tests/import_cost");
    std::fs::copy(src.join("measure.py"), dir.join("measure.py")).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_micropython"))
        .arg("measure.py")
        .current_dir(dir)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .trim()
        .parse()
        .unwrap()
}

#[test]
fn mpy_imports_allocate_less_than_source_imports() {
    let base = Path::new(env!("CARGO_TARGET_TMPDIR")).join("import_cost");
    let (py_dir, mpy_dir) = (base.join("py"), base.join("mpy"));
    for d in [&py_dir, &mpy_dir] {
        let _ = std::fs::remove_dir_all(d);
        std::fs::create_dir_all(d).unwrap();
    }
    let module = root().join("tests/import_cost/hundred.py");
    std::fs::copy(&module, py_dir.join("hundred.py")).unwrap();
    let st = Command::new(env!("CARGO_BIN_EXE_mpy-cross"))
        .arg("-o")
        .arg(mpy_dir.join("hundred.mpy"))
        .arg(&module)
        .status()
        .unwrap();
    assert!(st.success());
    let (from_py, from_mpy) = (measure(&py_dir), measure(&mpy_dir));
    println!(
        "import of a 100-function module: {from_py} bytes from .py, {from_mpy} bytes from .mpy"
    );
    assert!(
        from_mpy * 2 < from_py,
        "{from_mpy} (.mpy) vs {from_py} (.py)"
    );
}
