//! Frozen modules: found through the `.frozen` entry of `sys.path` (modules and packages),
//! executed in place, and not found when `.frozen` is absent from `sys.path`.

use mpy_vm::frozen::FrozenModule;
use mpy_vm::port::NullPort;
use mpy_vm::{Config, Interpreter};

/// Compiles `src` to `.mpy` bytes that live for the rest of the test process.
fn image(name: &str, src: &str) -> &'static [u8] {
    let opts = mpy_compiler::CompileOptions {
        source_name: name.as_bytes(),
        ..Default::default()
    };
    let m = mpy_compiler::compile(src.as_bytes(), &opts, allocator_api2::alloc::Global)
        .unwrap_or_else(|_| panic!("compile {name}"));
    Box::leak(m.to_bytes().into_boxed_slice())
}

fn table() -> &'static [FrozenModule] {
    Box::leak(Box::new([
        FrozenModule::new(
            "fz",
            image("fz.py", "X = 6 * 7\ndef f():\n    return __name__\n"),
        ),
        FrozenModule::new(
            "fpkg/__init__",
            image("fpkg/__init__.py", "from .sub import Y\nZ = Y + 1\n"),
        ),
        FrozenModule::new("fpkg/sub", image("fpkg/sub.py", "Y = 10\n")),
    ]))
}

fn eval_i64(interp: &Interpreter, expr: &str) -> i64 {
    interp.eval(expr).unwrap().extract().unwrap()
}

#[test]
fn frozen_modules_import_through_sys_path() {
    let mut region = vec![0u8; 512 * 1024];
    let mut port = NullPort;
    let interp = Interpreter::new(&mut region, &mut port, Config::default()).unwrap();
    interp.with_vm(|vm| assert!(vm.register_frozen(table())));
    // Without `.frozen` on sys.path nothing is found, as in MicroPython.
    assert!(interp.exec("import fz").is_err());
    interp
        .exec("import sys\nsys.path.append('.frozen')\nimport fz, fpkg.sub\n")
        .unwrap();
    assert_eq!(eval_i64(&interp, "fz.X"), 42);
    assert_eq!(eval_i64(&interp, "fpkg.Z"), 11);
    assert_eq!(eval_i64(&interp, "fpkg.sub.Y"), 10);
    let name = interp.eval("fz.f() + ' ' + fpkg.__path__").unwrap();
    assert_eq!(name.to_string_lossy().unwrap(), "fz .frozen/fpkg");
    assert_eq!(eval_i64(&interp, "fz is sys.modules['fz']"), 1);
}

#[test]
fn frozen_table_slots_are_bounded() {
    let mut region = vec![0u8; 256 * 1024];
    let mut port = NullPort;
    let interp = Interpreter::new(&mut region, &mut port, Config::default()).unwrap();
    let t = table();
    interp.with_vm(|vm| {
        for _ in 0..mpy_vm::frozen::MAX_FROZEN_TABLES {
            assert!(vm.register_frozen(t));
        }
        assert!(!vm.register_frozen(t));
    });
}

#[test]
fn frozen_import_allocates_tables_and_functions_not_code() {
    let mut src = String::new();
    for i in 0..100 {
        src += &format!(
            "def f{i}(x, y=3):\n    z = x * {i} + y\n    for k in range(y):\n        z += k * {i}\n    if z > 10:\n        return [z, z + 1, 'v{i}']\n    return (z, x)\n"
        );
    }
    let mpy = image("big.py", &src);
    let t: &'static [FrozenModule] = Box::leak(Box::new([FrozenModule::new("big", mpy)]));
    let mut region = vec![0u8; 1024 * 1024];
    let mut port = NullPort;
    let interp = Interpreter::new(&mut region, &mut port, Config::default()).unwrap();
    interp.with_vm(|vm| assert!(vm.register_frozen(t)));
    interp
        .exec("import gc, sys\nsys.path.append('.frozen')\ngc.collect()\nA = gc.mem_alloc()\nimport big\ngc.collect()\nB = gc.mem_alloc()\n")
        .unwrap();
    let used = eval_i64(&interp, "B - A");
    println!(
        "frozen import of 100 functions: {used} heap bytes for a {}-byte .mpy",
        mpy.len()
    );
    // Descriptors built on the heap at import: about 540 bytes per function. A module frozen
    // with static descriptors (`mpy_vm::freeze`) avoids them; crates/mpy-unix's
    // frozen_static test measures that. Guard this path against regressions:
    assert!(used > 0 && used < 600 * 100, "{used} heap bytes");
    assert_eq!(eval_i64(&interp, "big.f7(1)[0]"), 7 + 3 + 7 * 3);
}

#[test]
fn freeze_writes_static_descriptors_and_rejects_bad_images() {
    let mut region = vec![0u8; 256 * 1024];
    let mut port = NullPort;
    let interp = Interpreter::new(&mut region, &mut port, Config::default()).unwrap();
    let img = image(
        "fz.py",
        "def f(a, *, b=2):\n    def g():\n        return a\n    return g\n",
    );
    let src = interp.with_vm(|vm| {
        mpy_vm::freeze::freeze_module(vm, "fz", img, "fz.mpy", "FZ", "::mpy_vm").unwrap()
    });
    let header = format!(
        "static FZ_IMAGE: [u8; {}] = *include_bytes!(\"fz.mpy\");",
        img.len()
    );
    assert!(src.items.starts_with(&header), "{}", src.items);
    // Module, f and g, each naming its children; f's argument names are table indices.
    assert_eq!(src.items.matches("StaticCode::bytecode(").count(), 3);
    assert!(src.items.contains("static FZ_C0:") && src.items.contains("&[&FZ_C1, ]"));
    assert!(src.items.contains("n_pos_args: 1, n_kwonly_args: 1"));
    assert!(src.entry.contains("with_code(\"fz\", &FZ_IMAGE, &FZ_C0)"));
    let bad: &'static [u8] = b"M\x06\x00\x1f\x00";
    let err = interp.with_vm(|vm| {
        mpy_vm::freeze::freeze_module(vm, "bad", bad, "bad.mpy", "BAD", "::mpy_vm")
            .map_err(|e| vm.py_error(e).type_name)
    });
    assert_eq!(err.unwrap_err(), "ValueError");
}
