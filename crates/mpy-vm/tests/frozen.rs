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
        FrozenModule {
            path: "fz",
            mpy: image("fz.py", "X = 6 * 7\ndef f():\n    return __name__\n"),
        },
        FrozenModule {
            path: "fpkg/__init__",
            mpy: image("fpkg/__init__.py", "from .sub import Y\nZ = Y + 1\n"),
        },
        FrozenModule {
            path: "fpkg/sub",
            mpy: image("fpkg/sub.py", "Y = 10\n"),
        },
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
