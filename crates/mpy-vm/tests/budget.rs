//! The instruction budget: `set_instruction_budget(Some(n))` allows about `n * 256`
//! backward jumps per run, then raises `RuntimeError`.

use mpy_vm::port::NullPort;
use mpy_vm::{Config, Interpreter};

#[test]
fn budget_counts_each_poll_interval_once() {
    let mut region = vec![0u8; 256 * 1024];
    let mut port = NullPort;
    let interp = Interpreter::new(&mut region, &mut port, Config::default()).unwrap();
    interp.set_instruction_budget(Some(8));
    // About 6 intervals of backward jumps: inside a budget of 8.
    interp.exec("for i in range(6 * 256):\n    pass\n").unwrap();
    // Far more than 8 intervals: stopped with RuntimeError.
    let e = interp.exec("while True:\n    pass\n").unwrap_err();
    assert_eq!(e.type_name, "RuntimeError");
    assert!(
        e.to_string().contains("instruction budget exhausted"),
        "{e}"
    );
    // No budget: runs to the end.
    interp.set_instruction_budget(None);
    interp
        .exec("for i in range(100 * 256):\n    pass\n")
        .unwrap();
}
