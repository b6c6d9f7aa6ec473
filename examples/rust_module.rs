//! A module written in Rust, importable from Python.
//!
//! `cargo run --example rust_module`

use mpy::vm::embed::FromPy;
use mpy::vm::{Config, Interpreter, PyResult, Value, Vm};

/// `sensors.read(channel)`: a stand-in for reading hardware.
fn read(vm: &mut Vm, args: &[Value]) -> PyResult {
    let [ch] = args else {
        return Err(vm.type_error("read(channel)"));
    };
    let ch = i64::from_py(vm, *ch)?;
    mpy::vm::objint::from_i64(vm, 1000 + ch * 10)
}

/// `sensors.scale(values, factor)`: floats in, a list out.
fn scale(vm: &mut Vm, args: &[Value]) -> PyResult {
    let [values, factor] = args else {
        return Err(vm.type_error("scale(values, factor)"));
    };
    let values = Vec::<f64>::from_py(vm, *values)?;
    let factor = f64::from_py(vm, *factor)?;
    let out: Vec<f64> = values.iter().map(|v| v * factor).collect();
    mpy::vm::embed::ToPy::to_py(&out, vm)
}

fn main() {
    let mut heap = vec![0u8; 256 * 1024];
    let mut port = mpy::vm::port::NullPort;
    let interp = Interpreter::new(&mut heap, &mut port, Config::default()).unwrap();
    interp
        .register_module("sensors", &[("read", read), ("scale", scale)])
        .unwrap();
    interp
        .exec("import sensors\nresult = [sensors.read(c) for c in range(3)] + sensors.scale([1.5, 2.0], 2)\n")
        .unwrap();
    let result: Vec<f64> = interp.global("result").unwrap().unwrap().extract().unwrap();
    println!("{result:?}");
    assert_eq!(result, [1000.0, 1010.0, 1020.0, 3.0, 4.0]);
}
