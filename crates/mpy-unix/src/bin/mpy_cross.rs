//! `mpy-cross`: compiles a Python source file to a `.mpy` file, byte-identical with
//! MicroPython 1.29's `mpy-cross`.

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let code = mpy_unix::cross::run(
        &args,
        &mut std::io::stdin().lock(),
        &mut std::io::stdout().lock(),
        &mut std::io::stderr().lock(),
    );
    std::process::exit(code);
}
