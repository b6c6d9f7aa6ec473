//! A frozen module with static code descriptors (made by build.rs through `mpy_vm::freeze`)
//! imports allocating only its tables and the objects its code makes: no code descriptors.

use mpy_vm::frozen::FrozenModule;
use mpy_vm::port::NullPort;
use mpy_vm::{Config, Interpreter};

include!(concat!(env!("OUT_DIR"), "/frozen_fixture.rs"));

fn eval_i64(interp: &Interpreter, expr: &str) -> i64 {
    interp.eval(expr).unwrap().extract().unwrap()
}

/// Heap bytes `import big` allocates (after a collection) with `table` registered.
fn import_cost(table: &'static [FrozenModule]) -> i64 {
    let mut region = vec![0u8; 1024 * 1024];
    let mut port = NullPort;
    let interp = Interpreter::new(&mut region, &mut port, Config::default()).unwrap();
    interp.with_vm(|vm| assert!(vm.register_frozen(table)));
    interp
        .exec("import gc, sys\nsys.path.append('.frozen')\ngc.collect()\nA = gc.mem_alloc()\nimport big\ngc.collect()\nB = gc.mem_alloc()\n")
        .unwrap();
    assert_eq!(eval_i64(&interp, "big.f7(1)[0]"), 7 + 3 + 7 * 3);
    assert_eq!(eval_i64(&interp, "len(big.f99(0, y=0))"), 2);
    eval_i64(&interp, "B - A")
}

#[test]
fn static_frozen_import_allocates_no_code_descriptors() {
    let with_code = import_cost(FIXTURE);
    // The same image without static descriptors: the loader builds them on the heap.
    let heap: &'static [FrozenModule] = Box::leak(Box::new([FrozenModule::new(
        FIXTURE[0].path,
        FIXTURE[0].mpy,
    )]));
    let without = import_cost(heap);
    println!(
        "frozen import of 100 functions: {with_code} heap bytes with static code, {without} without"
    );
    // Everything saved is descriptors: at least one `Code` per function (101 with the module).
    let code = std::mem::size_of::<mpy_vm::code::Code>() as i64;
    assert!(
        with_code > 0 && without - with_code >= 101 * code,
        "{with_code} vs {without}"
    );
}
